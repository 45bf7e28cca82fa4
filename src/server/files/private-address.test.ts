// @vitest-environment node
import { isPrivateAddress, isPrivateHostname } from './private-address'

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '::1',
    '::',
    'fd00::1',
    'fe80::1%eth0',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    '64:ff9b::a00:1',
    'not an address',
  ])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true)
  })

  it.each(['8.8.8.8', '172.32.0.1', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false)
    },
  )
})

describe('isPrivateHostname', () => {
  it('reads hosts as URL parses them, so odd spellings of loopback are caught', () => {
    for (const url of [
      'https://0x7f.1/',
      'https://2130706433/',
      'https://[::1]/',
      'https://localhost./',
      'https://printer.local/',
      'https://intranet/',
      'https://app.localhost/',
    ]) {
      expect(isPrivateHostname(new URL(url).hostname)).toBe(true)
    }
    expect(isPrivateHostname(new URL('https://files.example.com/').hostname)).toBe(false)
  })
})
