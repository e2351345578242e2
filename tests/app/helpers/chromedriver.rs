//! chromedriver on a free port for the real-browser tests, stopped when dropped.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// chromedriver on a free port, stopped when dropped.
pub struct Driver {
    process: Child,
    pub url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

pub async fn start_driver() -> Driver {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let process = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect(
            "chromedriver is installed (apt-get install chromium chromium-driver; .ci/run does it)",
        );
    let driver = Driver {
        process,
        url: format!("http://127.0.0.1:{port}"),
    };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return driver;
        }
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not start");
}
