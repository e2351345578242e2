//! The route table: every URL of the site, in one place.
//!
//! One macro call both registers the routes and lists them in [`ROUTES`], so the list cannot
//! drift from what is served; tests walk it (every POST refuses a missing CSRF token, every
//! protected route refuses visitors who are not signed in).

mod account;
mod admin;
mod api;
mod commitments;
mod public;

use actix_web::http::Method;
use actix_web::middleware::DefaultHeaders;
use actix_web::{guard, web};

use crate::error::AppError;

/// Who may use a route. Enforced by the handler's extractors; declared here for tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Anyone,
    /// A signed-in account.
    SignedIn,
    /// A moderator or admin.
    Moderator,
    /// An admin.
    Admin,
}

/// One registered route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// `get` or `post`.
    pub method: &'static str,
    /// The path pattern, with `{name}` placeholders.
    pub path: &'static str,
    pub access: Access,
}

/// Declares the routes: registers them in `register_table` and lists them in `ROUTES`.
macro_rules! route_table {
    ($($method:ident $path:literal => $handler:path, $access:ident;)*) => {
        /// Every page and form route of the site, as registered by [`configure`].
        pub const ROUTES: &[Route] = &[
            $(Route { method: stringify!($method), path: $path, access: Access::$access },)*
        ];

        fn register_table(cfg: &mut web::ServiceConfig) {
            $(cfg.route($path, method_route(stringify!($method)).to($handler));)*
        }
    };
}

/// A route for `get` (which also answers HEAD, for monitors and link checkers) or `post`.
fn method_route(method: &str) -> actix_web::Route {
    match method {
        "get" => get_or_head(),
        _ => web::post(),
    }
}

/// GET, and HEAD with the same headers and no body.
fn get_or_head() -> actix_web::Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

/// Registers every route of the site: the table below, then the JSON API (GET and CORS
/// preflight only, so no form and no CSRF token; open to any origin), then the 404 page.
pub fn configure(cfg: &mut web::ServiceConfig) {
    register_table(cfg);
    cfg.service(
        web::scope("/api/v1")
            .wrap(actix_web::middleware::from_fn(api::guard::limits))
            .wrap(DefaultHeaders::new().add(("Access-Control-Allow-Origin", "*")))
            .route("/commitments", get_or_head().to(api::records::search))
            .route("/commitments/{id}", get_or_head().to(api::records::show))
            .route("/openapi.json", get_or_head().to(api::records::openapi))
            .route(
                "/{path:.*}",
                web::method(Method::OPTIONS).to(api::records::preflight),
            )
            .default_service(web::to(api::records::unknown)),
    )
    .default_service(web::to(not_found));
}

route_table! {
    get "/" => public::home::show, Anyone;
    get "/healthz" => public::health::check, Anyone;
    get "/healthz/ready" => public::health::ready, Anyone;
    get "/commitments" => public::search::index, Anyone;
    get "/commitments.csv" => public::csv_export::download, Anyone;
    get "/feed.atom" => public::feed::atom, Anyone;
    get "/stats" => public::stats::show, Anyone;
    get "/organisations" => public::organisations::index, Anyone;
    get "/organisations/{slug}" => public::organisations::show, Anyone;
    get "/commitments/new" => commitments::register::new_form, SignedIn;
    post "/commitments" => commitments::register::create, SignedIn;
    get "/commitments/{id}/reports/new" => commitments::reports::new_form, SignedIn;
    post "/commitments/{id}/reports" => commitments::reports::create, SignedIn;
    post "/commitments/{id}/reports/{report_id}/hide" => commitments::report_hide::hide, Moderator;
    get "/commitments/{id}" => commitments::show::show, Anyone;
    get "/commitments/{id}/edit" => commitments::edit::edit_form, SignedIn;
    post "/commitments/{id}/edit" => commitments::edit::update, SignedIn;
    get "/commitments/{id}/history" => commitments::history::show, Anyone;
    get "/commitments/{id}/contact" => commitments::contact::form, SignedIn;
    post "/commitments/{id}/contact" => commitments::contact::submit, SignedIn;
    post "/commitments/{id}/history/{revision_id}/restore" => commitments::history::restore, Moderator;
    post "/commitments/{id}/editors" => commitments::editors::add, SignedIn;
    post "/commitments/{id}/editors/{user_id}/delete" => commitments::editors::remove, SignedIn;
    post "/commitments/{id}/editors/{user_id}/owner" => commitments::editors::make_owner, Moderator;
    post "/commitments/{id}/photos" => commitments::photos::upload, SignedIn;
    post "/commitments/{id}/photos/{photo_id}/delete" => commitments::photos::delete, SignedIn;
    get "/photos/{photo_id}" => commitments::photos::serve, Anyone;
    get "/account/signup" => account::signup::form, Anyone;
    post "/account/signup" => account::signup::create, Anyone;
    get "/account/check-email" => account::signup::check_email, Anyone;
    get "/account/verify" => account::signup::verify, Anyone;
    post "/account/verify/send" => account::signup::send_again, SignedIn;
    get "/account/login" => account::login::form, Anyone;
    post "/account/login" => account::login::submit, Anyone;
    post "/account/logout" => account::login::logout, Anyone;
    get "/account/reset" => account::reset::request_form, Anyone;
    post "/account/reset" => account::reset::request, Anyone;
    get "/account/reset/{token}" => account::reset::password_form, Anyone;
    post "/account/reset/{token}" => account::reset::set_password, Anyone;
    get "/account" => account::show::show, SignedIn;
    post "/account/mail" => account::mail_preferences::save, Moderator;
    post "/account/language" => account::language::save, SignedIn;
    get "/account/drafts/{id}" => account::drafts::open, SignedIn;
    post "/account/drafts/{id}/delete" => account::drafts::delete, SignedIn;
    post "/account/searches" => account::searches::save, SignedIn;
    post "/account/searches/{id}/delete" => account::searches::delete, SignedIn;
    get "/moderation" => admin::moderation::queue, Moderator;
    post "/commitments/{id}/review" => commitments::review::decide, Moderator;
    get "/admin/users" => admin::users::index, Admin;
    post "/admin/users/{id}/role" => admin::users::change_role, Admin;
    post "/admin/users/{id}/suspend" => admin::users::suspend, Admin;
    post "/admin/users/{id}/unsuspend" => admin::users::unsuspend, Admin;
    get "/admin/notice" => admin::notice::form, Admin;
    post "/admin/notice" => admin::notice::save, Admin;
    get "/static/{path:.*}" => public::assets::serve, Anyone;
}

pub use crate::site::context::WRITABLE_WHILE_READ_ONLY;

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}
