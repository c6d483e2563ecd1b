import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FailClosedNotice } from './FailClosedNotice';
import type { Translate } from './createTranslator';

interface Props {
  t: Translate;
  children: ReactNode;
}

/** Catches a render error and shows the fail-closed view instead of a blank sidebar. */
export class ErrorBoundary extends Component<Props, { cause: string | null }> {
  override state = { cause: null as string | null };

  static getDerivedStateFromError(error: unknown): { cause: string } {
    return { cause: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // The view names the cause; there is nowhere else to report it from inside the frame.
  }

  override render() {
    const { cause } = this.state;
    if (cause === null) return this.props.children;
    return <FailClosedNotice cause={this.props.t('ui.error.render', { cause })} t={this.props.t} showLockedSend />;
  }
}
