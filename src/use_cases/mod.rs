//! One home per write: each use case takes typed input and a connection, opens its immediate
//! transaction, applies the rules and calls the queries. Handlers parse, call one, render.

pub mod accounts;
pub mod contact;
pub mod edit;
pub mod editors;
pub mod mail_language;
pub mod photos;
pub mod register;
pub mod report;
pub mod review;
pub mod similar;
pub mod workflow_mail;
