import {
  FIRST_SEARCH_ATTRIBUTE,
  FIRST_SEARCH_SCRIPT,
  FIRST_SEARCH_TYPING,
} from './first-screen-search'

/* The script as the page runs it, on a first screen's markup (no layout here: its places stubbed). */
function firstScreen(text: string) {
  document.body.innerHTML = `<main id="content">
    <search ${FIRST_SEARCH_ATTRIBUTE} hidden><input type="search"><span role="status"></span></search>
    <section><div>${text}</div></section>
  </main>`
  const scrollBy = vi.fn()
  vi.stubGlobal('scrollBy', scrollBy)
  Range.prototype.getBoundingClientRect = () => DOMRect.fromRect({ y: 900, height: 20 })
  new Function(FIRST_SEARCH_SCRIPT)()
  const box = document.querySelector<HTMLElement>(`[${FIRST_SEARCH_ATTRIBUTE}]`) as HTMLElement
  const input = box.querySelector('input') as HTMLInputElement
  const status = box.querySelector('[role="status"]') as HTMLElement
  return { box, input, status, scrollBy }
}

const press = (target: EventTarget, key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the first screen search', () => {
  it('opens on Ctrl+F or Cmd+F, instead of the browser’s own find', () => {
    const { box, input } = firstScreen('The start of the answer.')
    expect(press(window, 'f', { shiftKey: true, ctrlKey: true }).defaultPrevented).toBe(false)
    expect(box.hidden).toBe(true)
    expect(press(window, 'f', { ctrlKey: true }).defaultPrevented).toBe(true)
    expect(box.hidden).toBe(false)
    expect(document.activeElement).toBe(input)
    input.blur()
    expect(press(window, 'F', { metaKey: true }).defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(input)
  })

  it('shows what the screen holds on Enter, and says when the rest must wait for the page', () => {
    const { input, status, scrollBy } = firstScreen('Start. This Sentence closes the report.')
    press(window, 'f', { ctrlKey: true })
    input.value = 'this sentence closes'
    expect(press(input, 'Enter').defaultPrevented).toBe(true)
    // To the middle of a 768 px window (jsdom's), from where the match is.
    expect(scrollBy).toHaveBeenCalledWith(0, 900 - innerHeight / 2)
    expect(status.textContent).toBe('')
    input.value = 'not on this screen'
    press(input, 'Enter')
    expect(scrollBy).toHaveBeenCalledTimes(1)
    expect(status.textContent).toBe('More as it loads')
  })

  it('marks the box while the reader types, until Enter or a blur', () => {
    const { box, input } = firstScreen('The answer.')
    press(window, 'f', { ctrlKey: true })
    input.value = 'ans'
    input.dispatchEvent(new Event('input', { bubbles: true }))
    expect(box.hasAttribute(FIRST_SEARCH_TYPING)).toBe(true)
    press(input, 'Enter')
    expect(box.hasAttribute(FIRST_SEARCH_TYPING)).toBe(false)
    input.dispatchEvent(new Event('input', { bubbles: true }))
    input.blur()
    expect(box.hasAttribute(FIRST_SEARCH_TYPING)).toBe(false)
  })

  it('leaves Ctrl+F to the app once the app has replaced the screen', () => {
    firstScreen('Anything')
    document.body.innerHTML = '<main id="content"></main>'
    expect(press(window, 'f', { ctrlKey: true }).defaultPrevented).toBe(false)
  })

  it('finds hostile text as text, running nothing of it', () => {
    const { input, status } = firstScreen('&lt;img src=x onerror=alert(1)&gt; end')
    press(window, 'f', { ctrlKey: true })
    input.value = '<img src=x onerror=alert(1)>'
    press(input, 'Enter')
    expect(status.textContent).toBe('')
    expect(document.querySelectorAll('img')).toHaveLength(0)
  })
})
