// @vitest-environment node
import { clientAddressOf, limitKey } from './client-address'
import { parseRangeList } from './ip-address'

const proxies = parseRangeList('10.0.0.0/8, 2001:db8:1::/48, 192.0.2.7')

describe('clientAddressOf', () => {
  it('is the socket address when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddressOf('203.0.113.5', '1.2.3.4', proxies)).toBe('203.0.113.5')
    expect(clientAddressOf('203.0.113.5', '1.2.3.4', null)).toBe('203.0.113.5')
    expect(clientAddressOf('10.1.1.1', '1.2.3.4', null)).toBe('10.1.1.1')
    expect(clientAddressOf('::ffff:198.51.100.2', null, proxies)).toBe('198.51.100.2')
    expect(clientAddressOf(null, '1.2.3.4', proxies)).toBe('unknown')
  })

  it('takes the first untrusted hop from the right when the peer is a trusted proxy', () => {
    // The leftmost entry is whatever the client claimed; only hops our proxies added count.
    expect(clientAddressOf('10.0.0.2', '6.6.6.6, 203.0.113.5', proxies)).toBe('203.0.113.5')
    expect(clientAddressOf('10.0.0.2', '6.6.6.6, 203.0.113.5, 10.9.9.9', proxies)).toBe(
      '203.0.113.5',
    )
    expect(clientAddressOf('::ffff:10.0.0.2', '203.0.113.5', proxies)).toBe('203.0.113.5')
    expect(clientAddressOf('2001:db8:1::5', '2001:db8:ff::1', proxies)).toBe(
      '2001:db8:ff:0:0:0:0:1',
    )
    expect(clientAddressOf('192.0.2.7', '[2001:db8:2::9]', proxies)).toBe('2001:db8:2:0:0:0:0:9')
  })

  it('stops at the last sure hop when the header holds no address, or only proxies', () => {
    expect(clientAddressOf('10.0.0.2', null, proxies)).toBe('10.0.0.2')
    expect(clientAddressOf('10.0.0.2', 'garbage, 10.3.3.3', proxies)).toBe('10.3.3.3')
    expect(clientAddressOf('10.0.0.2', '10.4.4.4, 10.3.3.3', proxies)).toBe('10.4.4.4')
  })
})

describe('parseRangeList', () => {
  it('reads IPv4 and IPv6 addresses and ranges, and refuses anything else by name', () => {
    const list = parseRangeList(' 172.16.0.0/12 ,fd00::/8,127.0.0.1 ')
    expect(list.size).toBe(3)
    expect(list.contains('172.31.255.255')).toBe(true)
    expect(list.contains('172.32.0.0')).toBe(false)
    expect(list.contains('fdff::1')).toBe(true)
    expect(list.contains('fe00::1')).toBe(false)
    expect(list.contains('::ffff:127.0.0.1')).toBe(true)
    expect(list.contains('127.0.0.2')).toBe(false)
    for (const bad of ['10.0.0.0/33', '10.0.0/8', 'fd00::/129', 'example.com', '10.0.0.0/8/1']) {
      expect(() => parseRangeList(bad), bad).toThrow(RangeError)
    }
  })
})

describe('limitKey', () => {
  it('counts IPv6 per /64 and IPv4 per address', () => {
    expect(limitKey('2001:db8:1:2:aaaa:0:0:1')).toBe('2001:db8:1:2::/64')
    expect(limitKey('203.0.113.5')).toBe('203.0.113.5')
  })
})
