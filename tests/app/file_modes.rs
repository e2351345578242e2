//! What the registry keeps on disk is for its own user only; under https, browsers are told so.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::helpers::*;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[actix_web::test]
async fn the_database_its_wal_and_the_session_key_are_readable_by_the_registry_only() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::TempDir::new_in(root.path()).unwrap();
    let app = spawn_app_in(data).await;
    app.new_account("ana@example.org", Role::Contributor);
    let (status, _) = app.get("/commitments").await;
    assert_eq!(status, 200);
    let dir = app.data_dir.path();
    for file in ["registry.db", "registry.db-wal", "session.key"] {
        assert_eq!(mode(&dir.join(file)), 0o600, "{file}");
    }
}

#[actix_web::test]
async fn a_data_dir_the_program_creates_is_for_its_user_only_and_so_are_backups() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("new-data");
    let out = registry(&data, &["export"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("registry.db")), 0o600);
    let backup = root.path().join("backup");
    let out = registry(&data, &["backup", backup.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode(&backup.join("registry.db")), 0o600);
}

#[actix_web::test]
async fn https_sites_tell_browsers_to_stay_on_https() {
    let app = spawn_app_with_public_url("https://registry.example.org").await;
    let response = app.get_response("/").await;
    let hsts = response.headers().get("strict-transport-security");
    assert_eq!(hsts.unwrap().to_str().unwrap(), "max-age=31536000");
    let plain = spawn_app().await;
    let response = plain.get_response("/").await;
    assert!(response
        .headers()
        .get("strict-transport-security")
        .is_none());
}
