import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'

setupDemoServer()

describe('the extra-fields demo worker', () => {
  it('shows its own ID, its output items and its unknown fields on the page', async () => {
    renderApp('/workers/wrk_demo-extra-fields')
    const summary = await screen.findByText('Run details')
    expect(summary).toHaveTextContent('the response names another ID')
    await userEvent.click(summary)
    const id = screen.getByText('Response ID').nextElementSibling
    expect(id).toHaveTextContent('resp_01JZXK3M0B7E9W2T8QF4N6R5HD')
    expect(id).toHaveTextContent('Not the requested ID, wrk_demo-extra-fields')
    const fields = screen.getByText('Other fields, not known to this inspector').nextElementSibling
    expect(fields).toHaveTextContent('"service_tier": "priority"')
    expect(fields).toHaveTextContent('"\\u202eeman_laer"')
    // The JSON view marks a key that names the prototype (see json-text).
    expect(fields).toHaveTextContent('"⟨__proto__⟩": { "polluted": true }')
    expect(Object.prototype).not.toHaveProperty('polluted')

    const output = screen.getByRole('region', { name: 'Output' })
    expect(within(output).getByText('Refusal').nextElementSibling).toHaveTextContent(
      'I cannot share the home addresses of the depot staff.',
    )
    expect(within(output).getByText('Reasoning summary')).toBeInTheDocument()
    expect(within(output).getByText('read_depot_report')).toBeInTheDocument()
    expect(within(output).getByText('web_search')).toBeInTheDocument()
    expect(within(output).getByText('Text details')).toBeInTheDocument()
    expect(within(output).getByText('Generated image')).toBeInTheDocument()
    expect(within(output).getByText('Output item "mcp_approval_request"')).toBeInTheDocument()
  })
})
