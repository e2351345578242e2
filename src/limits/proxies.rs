//! Which address a request comes from: the peer, unless the peer is a trusted proxy
//! (`REGISTRY_TRUSTED_PROXIES`), whose `X-Forwarded-For` is then read from the right.

use std::net::IpAddr;

use anyhow::Context;

/// One address or network, e.g. `10.0.0.0/8`, `127.0.0.1` or `fd00::/8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Network {
    address: IpAddr,
    prefix: u32,
}

impl Network {
    fn parse(text: &str) -> anyhow::Result<Self> {
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let address: IpAddr = address
            .parse()
            .with_context(|| format!("{text:?} is not an IP address or network"))?;
        let address = address.to_canonical();
        let width = if address.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => prefix
                .parse::<u32>()
                .ok()
                .filter(|p| *p <= width)
                .with_context(|| {
                    format!("{text:?} has a prefix length that is not 0 to {width}")
                })?,
            None => width,
        };
        Ok(Network { address, prefix })
    }

    fn contains(&self, address: IpAddr) -> bool {
        match (self.address, address.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(a)) => {
                same_prefix(u32::from(net).into(), u32::from(a).into(), self.prefix, 32)
            }
            (IpAddr::V6(net), IpAddr::V6(a)) => {
                same_prefix(u128::from(net), u128::from(a), self.prefix, 128)
            }
            _ => false,
        }
    }
}

fn same_prefix(a: u128, b: u128, prefix: u32, width: u32) -> bool {
    let shift = width - prefix;
    shift >= width || (a >> shift) == (b >> shift)
}

/// The proxies whose `X-Forwarded-For` header is believed; empty: the header is ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Network>);

impl TrustedProxies {
    /// Reads a comma-separated list of addresses and networks (`REGISTRY_TRUSTED_PROXIES`).
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        text.split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(Network::parse)
            .collect::<anyhow::Result<Vec<_>>>()
            .map(TrustedProxies)
    }

    /// True when no proxy is trusted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|network| network.contains(address))
    }

    /// The client's address: the peer when it is not a trusted proxy; else, reading the
    /// `X-Forwarded-For` values from the right, the first address that is not a trusted proxy
    /// (each trusted proxy appends the address it received from). A value that cannot be read
    /// stops the walk at the last trusted hop, since anything left of it may be forged.
    pub fn client_address<'a>(
        &self,
        peer: IpAddr,
        forwarded_for: impl IntoIterator<Item = &'a str>,
    ) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.trusts(peer) {
            return peer;
        }
        let hops: Vec<&str> = forwarded_for
            .into_iter()
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .collect();
        let mut client = peer;
        for hop in hops.iter().rev() {
            let Some(address) = hop_address(hop) else {
                return client;
            };
            client = address;
            if !self.trusts(address) {
                return address;
            }
        }
        client
    }
}

/// The address of one `X-Forwarded-For` entry: `192.0.2.1`, `2001:db8::1`, or with a port
/// (`192.0.2.1:443`, `[2001:db8::1]:443`).
fn hop_address(hop: &str) -> Option<IpAddr> {
    if let Ok(address) = hop.parse::<IpAddr>() {
        return Some(address.to_canonical());
    }
    hop.parse::<std::net::SocketAddr>()
        .ok()
        .map(|socket| socket.ip().to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    /// The client that `trusted` proxies make of a request from `peer` with these headers.
    fn client(trusted: &str, peer: &str, headers: &[&str]) -> IpAddr {
        let proxies = TrustedProxies::parse(trusted).unwrap();
        proxies.client_address(ip(peer), headers.iter().copied())
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        assert!(TrustedProxies::parse("").unwrap().is_empty());
        assert_eq!(client("", "127.0.0.1", &["203.0.113.9"]), ip("127.0.0.1"));
    }

    #[test]
    fn the_right_most_untrusted_address_is_the_client() {
        let headers = ["198.51.100.7, 203.0.113.9", "10.1.2.3"];
        let found = client("127.0.0.1, 10.0.0.0/8", "127.0.0.1", &headers);
        assert_eq!(found, ip("203.0.113.9"));
    }

    #[test]
    fn a_peer_that_is_not_trusted_is_the_client_whatever_it_says() {
        let found = client("10.0.0.0/8", "192.0.2.4", &["203.0.113.9"]);
        assert_eq!(found, ip("192.0.2.4"));
    }

    #[test]
    fn an_unreadable_entry_stops_at_the_last_trusted_hop() {
        let trusted = "127.0.0.1,10.0.0.0/8";
        let headers = ["203.0.113.9, unknown, 10.0.0.5"];
        assert_eq!(client(trusted, "127.0.0.1", &headers), ip("10.0.0.5"));
        assert_eq!(client(trusted, "127.0.0.1", &[]), ip("127.0.0.1"));
    }

    #[test]
    fn ports_ipv6_and_mapped_addresses_are_understood() {
        let trusted = "::1, 127.0.0.0/8";
        let found = client(trusted, "::ffff:127.0.0.1", &["[2001:db8::7]:443"]);
        assert_eq!(found, ip("2001:db8::7"));
        assert_eq!(client(trusted, "::1", &["192.0.2.1:8080"]), ip("192.0.2.1"));
    }

    #[test]
    fn wrong_entries_are_refused_with_their_text() {
        let error = TrustedProxies::parse("10.0.0.0/33").unwrap_err();
        assert!(format!("{error:#}").contains("10.0.0.0/33"));
        assert!(TrustedProxies::parse("proxy.local").is_err());
        assert!(TrustedProxies::parse("0.0.0.0/0").is_ok());
    }
}
