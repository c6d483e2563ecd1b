import review from '../../translations/en.json?part=review';
import { addEnglish } from './loadTranslations';

// The review page's English texts load with the review page and its parts, not with the sidebar's first screen.
addEnglish({ review });
