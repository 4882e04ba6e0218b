import { Component, type ReactNode } from 'react'

type Props = { open: boolean; id: string; children: ReactNode }

/**
 * Around a deal's page prepared out of sight: if it fails while nobody is looking, it quietly
 * shows nothing, and the list stays. Once open, a failure is the page's like any other and
 * goes on to the app's error boundary.
 */
export class StandbyBoundary extends Component<Props, { failed: boolean; error: unknown }> {
  state = { failed: false, error: undefined as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error }
  }

  componentDidUpdate(previous: Props) {
    if (this.state.failed && (previous.id !== this.props.id || previous.open !== this.props.open)) {
      this.setState({ failed: false, error: undefined })
    }
  }

  render() {
    if (!this.state.failed) return this.props.children
    if (this.props.open) throw this.state.error
    return null
  }
}
