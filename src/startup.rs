//! Builds the web application (pool, migrations, session, routes) and runs it.

use std::net::TcpListener;
use std::sync::Arc;

use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Server;
use actix_web::middleware::{from_fn, Compress, DefaultHeaders};
use actix_web::{web, App, HttpServer};
use anyhow::Context;
use tracing_actix_web::TracingLogger;

use crate::config::{session_key, Settings};
use crate::db::DbPool;
use crate::error::AppError;
use crate::limits::line::SearchLine;
use crate::limits::proxies::TrustedProxies;
use crate::limits::rate::RateLimiters;
use crate::limits::ExpensiveWork;
use crate::mail::Mailer;
use crate::search::SearchEngine;
use crate::site::logging::RedactedRootSpan;
use crate::site::{context, csrf, language};
use crate::state::AppState;

/// How many sample commitments `serve --demo` puts in an empty database.
const DEMO_COMMITMENTS: usize = 600;

/// A bound, not yet running, web server.
pub struct Application {
    server: Server,
    port: u16,
    search: Arc<SearchEngine>,
    expensive: Arc<ExpensiveWork>,
}

impl Application {
    /// Opens the database (running migrations), optionally fills it with demo data, binds.
    pub fn build(mut settings: Settings, demo: bool) -> anyhow::Result<Self> {
        settings.ensure_dirs()?;
        let pool = crate::db::open(&settings.database_path(), 8)?;
        if demo {
            crate::commands::demo::fill_if_empty(&pool, DEMO_COMMITMENTS)?;
            crate::commands::demo::add_demo_accounts(&pool)?;
        }
        let search = built_search_engine(&pool, &settings)?;
        let listener = TcpListener::bind(&settings.bind)
            .with_context(|| format!("listening on {}", settings.bind))?;
        let address = listener.local_addr()?;
        settings.adopt_bound_address(address);
        let key = session_key(&settings.data_dir)?;
        let mailer = Mailer::from_settings(&settings)?;
        let proxies = TrustedProxies::parse(&settings.trusted_proxies)
            .context("REGISTRY_TRUSTED_PROXIES is not a list of addresses and networks")?;
        let rate = RateLimiters::new(settings.rate_limits);
        let expensive = Arc::new(ExpensiveWork::for_this_machine());
        let state = AppState {
            pool,
            settings,
            search: Arc::clone(&search),
            mailer,
            notice: Default::default(),
            expensive: Arc::clone(&expensive),
            rate: Arc::new(rate),
            proxies: Arc::new(proxies),
            search_line: Arc::new(SearchLine::for_this_machine()),
            photo_slots: Default::default(),
        };
        tracing::info!(
            "serving on http://{address} (public address {})",
            state.settings.public_url
        );
        let secure = state.settings.is_https();
        let server = HttpServer::new(move || {
            // The last `wrap` runs first: log, headers, compression, session, the language,
            // who is asking (read, not yet checked), then the CSRF check before any decision or handler,
            // then the read-only gate.
            App::new()
                .app_data(web::Data::new(state.clone()))
                .app_data(web::PayloadConfig::new(csrf::MULTIPART_LIMIT))
                .app_data(unreadable_query())
                .wrap(from_fn(context::refuse_writes_while_read_only))
                .wrap(from_fn(csrf::check))
                .wrap(from_fn(context::resolve))
                .wrap(from_fn(language::choose))
                .wrap(session_cookies(key.clone(), secure))
                .wrap(Compress::default())
                .wrap(security_headers(secure))
                .wrap(TracingLogger::<RedactedRootSpan>::new())
                .configure(crate::routes::configure)
        })
        .shutdown_timeout(10)
        .listen(listener)?
        .run();
        Ok(Application {
            server,
            port: address.port(),
            search,
            expensive,
        })
    }

    /// The port actually bound (useful with port 0).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The bound on expensive work every worker shares (tests read how many jobs it ran).
    pub fn expensive_work(&self) -> Arc<ExpensiveWork> {
        Arc::clone(&self.expensive)
    }

    /// The search engine every worker shares (tests read its refresh counts).
    pub fn search_engine(&self) -> Arc<SearchEngine> {
        Arc::clone(&self.search)
    }

    /// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// A search engine whose facet and word indexes are built already, so the first search is not slow.
fn built_search_engine(pool: &DbPool, settings: &Settings) -> anyhow::Result<Arc<SearchEngine>> {
    let started = std::time::Instant::now();
    let search = Arc::new(SearchEngine::default());
    let (mut facets, mut words) = (pool.get()?, pool.get()?);
    let commitments = search
        .warm_up(&mut facets, &mut words, settings.clock.today())
        .context("building the search indexes")?;
    tracing::info!(
        "search index of {commitments} commitments built in {} ms",
        started.elapsed().as_millis()
    );
    Ok(search)
}

/// Sessions in a signed and encrypted cookie: HttpOnly, SameSite=Lax, Secure under https.
fn session_cookies(key: Key, secure: bool) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key)
        .cookie_name("registry_session".into())
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_secure(secure)
        .build()
}

/// A query string that does not fit its handler is a 400 page whose text repeats nothing of
/// the query (it may hold a token).
fn unreadable_query() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|_, _| {
        AppError::BadRequest(crate::i18n::text("error-query-unreadable")).into()
    })
}

/// Headers on every answer; under https, browsers are also told to use https only (HSTS).
fn security_headers(https: bool) -> DefaultHeaders {
    let headers = if https {
        DefaultHeaders::new().add(("Strict-Transport-Security", "max-age=31536000"))
    } else {
        DefaultHeaders::new()
    };
    headers
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "same-origin"))
        .add((
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
        ))
}

/// Runs the server on the current thread until it is stopped.
pub fn serve_blocking(settings: Settings, demo: bool) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let app = Application::build(settings, demo)?;
        app.run_until_stopped().await.context("serving")
    })
}
