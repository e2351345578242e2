//! The client's address as an extractor: the peer, or what trusted proxies forwarded.

use std::net::IpAddr;

use actix_web::{web, HttpRequest};

use crate::state::AppState;

/// Where the request comes from, for rate limits and logs (`None` without a peer address).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub Option<IpAddr>);

extract_at_once!(ClientAddress, |req| Ok(ClientAddress(client_address(req))));

/// The client's address of `req`: `X-Forwarded-For` is read only from trusted proxies.
pub fn client_address(req: &HttpRequest) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return Some(peer);
    };
    if state.proxies.is_empty() {
        return Some(peer);
    }
    let forwarded = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|value| value.to_str().ok());
    Some(state.proxies.client_address(peer, forwarded))
}
