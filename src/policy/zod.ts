import * as z from 'zod/mini';

// zod/mini words no issue itself: English, as full zod words it, so a fix names what is wrong.
z.config(z.locales.en());

/** zod's small build, the one the app's schemas use, with English issue messages. */
export { z };
