import { FIRST_SEARCH_ATTRIBUTE, FIRST_SEARCH_TYPING } from '@/shared/first-screen-search'
import { untilNotTyping } from './first-screen-handover'

function screenWithBox(typing: boolean) {
  const root = document.createElement('div')
  root.innerHTML = `<search ${FIRST_SEARCH_ATTRIBUTE} ${typing ? FIRST_SEARCH_TYPING : ''}><input></search>`
  document.body.append(root)
  return { root, box: root.querySelector('search') as HTMLElement }
}

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('the app waiting for a reader typing on the first screen', () => {
  it('goes on at once when nobody is typing', async () => {
    await expect(untilNotTyping(screenWithBox(false).root)).resolves.toBeUndefined()
  })

  it('waits for the query to be sent (the mark gone)', async () => {
    const { root, box } = screenWithBox(true)
    let done = false
    const waiting = untilNotTyping(root).then(() => {
      done = true
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(done).toBe(false)
    box.removeAttribute(FIRST_SEARCH_TYPING)
    await waiting
    expect(done).toBe(true)
  })

  it('waits 2 s at most', async () => {
    vi.useFakeTimers()
    const { root } = screenWithBox(true)
    let done = false
    void untilNotTyping(root).then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(1_900)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(200)
    expect(done).toBe(true)
  })
})
