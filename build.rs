//! Rebuild when migrations change, so `embed_migrations!` picks them up.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
