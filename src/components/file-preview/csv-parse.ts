/*
 * CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) into rows, stopping after
 * `maxRows` so a huge file cannot build a huge table.
 */
export type ParsedCsv = { rows: string[][]; truncated: boolean }

export function parseCsv(text: string, maxRows = 1000): ParsedCsv {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  while (i < source.length) {
    const char = source[i] as string
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else field += char
      i += 1
      continue
    }
    if (char === '"' && field === '') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      row.push(field)
      field = ''
      rows.push(row)
      row = []
      if (char === '\r' && source[i + 1] === '\n') i += 1
      if (rows.length >= maxRows) return { rows, truncated: i + 1 < source.length }
    } else field += char
    i += 1
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return { rows, truncated: false }
}
