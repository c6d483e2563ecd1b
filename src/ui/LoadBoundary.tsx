import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import type { Translate } from './createTranslator';
import { Notice } from './Notice';

interface Props {
  t: Translate;
  children: ReactNode;
}

/** Around a part loaded when first used: says that it loads, and that it failed to load if it did. */
export class LoadBoundary extends Component<Props, { cause: string | null }> {
  override state = { cause: null as string | null };

  static getDerivedStateFromError(error: unknown): { cause: string } {
    return { cause: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // The notice names the cause; there is nowhere else to report it from inside the frame.
  }

  override render() {
    const { t, children } = this.props;
    const { cause } = this.state;
    if (cause !== null) return <Notice type="error" role="alert" data-testid="part-failed">{t('ui.error.partFailed', { cause })}</Notice>;
    return (
      <Suspense fallback={<p role="status" className="lanes-muted" data-testid="part-loading">{t('ui.error.partLoading')}</p>}>
        {children}
      </Suspense>
    );
  }
}
