import { render, screen } from '@testing-library/react'
import { Component, type ReactNode } from 'react'
import { StandbyBoundary } from './standby-boundary'

function Page({ id }: { id: string }) {
  if (id === 'broken') throw new Error('the page failed')
  return <h1>Deal {id}</h1>
}

/** Stands for the app's error boundary. */
class Outer extends Component<{ children: ReactNode }, { caught: boolean }> {
  state = { caught: false }
  static getDerivedStateFromError() {
    return { caught: true }
  }
  render() {
    return this.state.caught ? (
      <p role="alert">The app explains the failure</p>
    ) : (
      this.props.children
    )
  }
}

const renderSlot = (id: string, open: boolean) => (
  <Outer>
    <StandbyBoundary id={id} open={open}>
      <Page id={id} />
    </StandbyBoundary>
    <p>The list</p>
  </Outer>
)

// React reports what a boundary catches; that report is not under test here.
const options = { onCaughtError: () => undefined }

test('a page failing out of sight shows nothing, and the list stays', () => {
  render(renderSlot('broken', false), options)

  expect(screen.getByText('The list')).toBeInTheDocument()
  expect(screen.queryByRole('alert')).toBeNull()
  expect(screen.queryByRole('heading')).toBeNull()
})

test('an open page that fails goes to the app’s error boundary', () => {
  render(renderSlot('broken', true), options)

  expect(screen.getByRole('alert')).toHaveTextContent('The app explains the failure')
})

test('opening a page that failed out of sight lets the app explain it', () => {
  const { rerender } = render(renderSlot('broken', false), options)
  rerender(renderSlot('broken', true))

  expect(screen.getByRole('alert')).toBeInTheDocument()
})

test('another deal drawn after a failure shows again', () => {
  const { rerender } = render(renderSlot('broken', false), options)
  rerender(renderSlot('opp_2', false))

  expect(screen.getByRole('heading', { name: 'Deal opp_2' })).toBeInTheDocument()
})

test('an open page’s failure is reported once, though it passes two boundaries', () => {
  const reported: unknown[] = []
  render(renderSlot('broken', true), { onCaughtError: (error) => reported.push(error) })

  expect(screen.getByRole('alert')).toBeInTheDocument()
  expect(reported).toHaveLength(1)
})
