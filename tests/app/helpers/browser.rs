//! Talking to the app as a browser does: a cookie jar, and forms with their CSRF token.

/// One browser: its own cookie jar, redirects not followed.
pub struct Browser {
    pub address: String,
    pub client: reqwest::Client,
}

impl Browser {
    /// A fresh browser for the app at `address`.
    pub fn new(address: &str) -> Self {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .unwrap();
        Browser {
            address: address.to_string(),
            client,
        }
    }

    /// GET a path; returns status and body.
    pub async fn get(&self, path: &str) -> (u16, String) {
        let response = self.get_response(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }

    /// GET a path; returns the whole response.
    pub async fn get_response(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{}", self.address, path))
            .send()
            .await
            .expect("the request is answered")
    }

    /// GET a path as a browser set to prefer the languages `accept_language` lists.
    pub async fn get_accepting(&self, path: &str, accept_language: &str) -> (u16, String) {
        let response = self
            .client
            .get(format!("{}{}", self.address, path))
            .header("Accept-Language", accept_language)
            .send()
            .await
            .expect("the request is answered");
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }

    /// POST urlencoded fields as they are (no token added).
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.post_form_with_headers(path, fields, &[]).await
    }

    async fn post_form_with_headers(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let mut request = self
            .client
            .post(format!("{}{}", self.address, path))
            .header("Content-Type", "application/x-www-form-urlencoded");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request
            .body(body)
            .send()
            .await
            .expect("the request is answered")
    }

    /// The CSRF token of the form on the page at `path` (loading it, as a person would).
    pub async fn csrf_token_from(&self, path: &str) -> String {
        let (status, page) = self.get(path).await;
        csrf_token(&page).unwrap_or_else(|| panic!("no csrf_token on {path} ({status})"))
    }

    /// Loads the page at `form_page`, then posts `fields` with its CSRF token to `action`.
    pub async fn submit(
        &self,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        self.submit_with_headers(form_page, action, fields, &[])
            .await
    }

    /// Sends the registration form (`/commitments/new`) with `fields`, as a person does.
    pub async fn register(&self, fields: &[(&str, &str)]) -> reqwest::Response {
        self.submit("/commitments/new", "/commitments", fields)
            .await
    }

    /// Like [`Browser::submit`], with `X-Forwarded-For: forwarded_for` on the post, as a
    /// reverse proxy would add (or a client would forge).
    pub async fn submit_forwarded_for(
        &self,
        forwarded_for: &str,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let headers = [("X-Forwarded-For", forwarded_for)];
        self.submit_with_headers(form_page, action, fields, &headers)
            .await
    }

    async fn submit_with_headers(
        &self,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let token = self.csrf_token_from(form_page).await;
        let mut with_token = fields.to_vec();
        with_token.push(("csrf_token", &token));
        self.post_form_with_headers(action, &with_token, headers)
            .await
    }

    /// Signs in through the real form.
    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        let fields = [("email", email), ("password", password)];
        self.submit("/account/login", "/account/login", &fields)
            .await
    }

    /// Asks for a password reset link for `email` through the real form.
    pub async fn ask_for_password_reset(&self, email: &str) -> reqwest::Response {
        self.submit("/account/reset", "/account/reset", &[("email", email)])
            .await
    }

    /// Signs out through the real form (the button in the header of any page).
    pub async fn logout(&self) -> reqwest::Response {
        self.submit("/", "/account/logout", &[]).await
    }

    /// True when the header of the home page offers "Sign out" (someone is signed in).
    pub async fn is_signed_in(&self) -> bool {
        self.get("/").await.1.contains(">Sign out</button>")
    }
}

/// The value of the first hidden `csrf_token` input of a page.
pub fn csrf_token(page: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = page.find(marker)? + marker.len();
    let end = page[start..].find('"')?;
    Some(page[start..start + end].to_string())
}

/// Where a redirect points.
pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

/// Asserts a 303 to `path`.
pub fn assert_redirects_to(response: &reqwest::Response, path: &str) {
    assert_eq!(response.status(), 303, "expected a redirect to {path}");
    assert_eq!(location(response), path);
}
