//! Rebuild when migrations or message files change, so `embed_migrations!` and
//! `static_loader!` pick them up (a new `.ftl` file is not seen by `include_str!` alone).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
}
