//! One route table: every address the build writes a file for reads back as the same
//! `Route`, and the app's router matches it with the same parameters. A page kind added
//! to `Route` but forgotten by the router or the page writer fails here.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use ban_tin_le_chan::app::{matched_params, route_table};
use ban_tin_le_chan::model::routes::{param, Route};
use ban_tin_le_chan::publish::pages::not_found;
use ban_tin_le_chan::publish::static_page::Site;

fn read_public(path: &str) -> Option<String> {
    std::fs::read_to_string(Path::new("public").join(path)).ok()
}

/// The parameters the router must give a route's address.
fn expected_params(route: &Route) -> Vec<(String, String)> {
    let pair = |key: &str, value: &str| (key.to_owned(), value.to_owned());
    match route {
        Route::Home
        | Route::Gallery { .. }
        | Route::Preview
        | Route::Search { .. }
        | Route::Archive { year: None } => vec![],
        Route::Archive { year: Some(year) } => vec![pair(param::YEAR, &year.to_string())],
        Route::Category { category } => vec![pair(param::CATEGORY, category)],
        Route::Issue { issue, .. } | Route::Print { issue } => vec![pair(param::ISSUE, issue)],
        Route::Article { issue, article } => {
            vec![pair(param::ISSUE, issue), pair(param::ARTICLE, article)]
        }
        Route::Work { work, .. } => vec![pair(param::WORK, work)],
    }
}

/// Which kind of page a route is, to check the sample writes every kind.
fn kind(route: &Route) -> usize {
    match route {
        Route::Home => 0,
        Route::Issue { .. } => 1,
        Route::Article { .. } => 2,
        Route::Gallery { .. } => 3,
        Route::Work { .. } => 4,
        Route::Preview => 5,
        Route::Category { .. } => 6,
        Route::Archive { .. } => 7,
        Route::Search { .. } => 8,
        Route::Print { .. } => 9,
    }
}
const KINDS: usize = 10;

#[test]
fn every_written_address_parses_back_and_the_router_matches_it() {
    let site = Site::load(&read_public, "").expect("the sample catalog loads");
    let table = route_table();
    let mut seen = [false; KINDS];
    for page in site.pages() {
        let route = page
            .route
            .clone()
            .expect("every written page but 404.html has a route");
        assert_eq!(page.path, route.path());
        let href = route.href();
        let (path, query) = href.split_once('?').unwrap_or((&href, ""));
        assert_eq!(Route::parse(path, query).as_ref(), Some(&route), "{href}");
        assert_eq!(
            matched_params(&table, &page.path),
            Some(expected_params(&route)),
            "the router does not match {}",
            page.path
        );
        seen[kind(&route)] = true;
    }
    assert_eq!(
        seen, [true; KINDS],
        "the page writer leaves out a kind of page"
    );
    // `404.html` stands for addresses no page has: the router sends them to "not found".
    assert_eq!(not_found().route, None);
    assert_eq!(matched_params(&table, &not_found().path), None);
}

#[test]
fn each_written_page_is_drawn_by_the_page_its_route_names() {
    let site = Site::load(&read_public, "").unwrap();
    for page in site.pages() {
        let body = site.page_for(page.route.as_ref());
        match page.route.as_ref().unwrap() {
            // The editor's preview reads local files: it has no written form.
            Route::Preview => assert_eq!(body, None),
            route => {
                let body = body.unwrap_or_else(|| panic!("{} has no written page", page.path));
                assert!(
                    body.contains(&format!("data-path=\"{}\"", route.path())),
                    "{}",
                    page.path
                );
                assert!(!body.contains("Không tìm thấy trang"), "{}", page.path);
            }
        }
    }
}
