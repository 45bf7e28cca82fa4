// @vitest-environment node
import { contentDisposition } from './file-response'

describe('contentDisposition', () => {
  it('drops controls, quotes and separators, and keeps the real name encoded', () => {
    expect(contentDisposition('inline', 'invoice\u202Efdp.exe"\r\n/../x.png')).toBe(
      `inline; filename="invoicefdp.exe__.._x.png"; filename*=UTF-8''invoicefdp.exe__.._x.png`,
    )
    expect(contentDisposition('attachment', 'Résumé (final).pdf')).toBe(
      `attachment; filename="R_sum_ (final).pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%28final%29.pdf`,
    )
  })

  it('never fails on a broken name', () => {
    expect(contentDisposition('attachment', '\uD800')).toBe(
      `attachment; filename="file"; filename*=UTF-8''file`,
    )
    expect(contentDisposition('attachment', '😀'.repeat(200))).toMatch(
      /^attachment; filename="_{120}"/,
    )
  })
})
