//! The content checker: `cargo run --bin check-content -- <folder>` checks a content folder
//! (the folder that holds `data/catalog.json` and `images/`, `public` by default) with the
//! same rules as the reader, reads every picture to compare its real size with the JSON, and
//! prints every problem as `file:line:column`, the article or work it is in, the field, the
//! message and the line itself.
//! Exits with 1 when there is any problem, 2 when the folder cannot be read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ban_tin_le_chan::model::check::{check_folder, ImageCheck};

fn main() -> ExitCode {
    let folder = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "public".to_owned()),
    );
    if !folder.is_dir() {
        eprintln!("Không mở được thư mục nội dung \"{}\".", folder.display());
        return ExitCode::from(2);
    }
    let read = |site_path: &str| std::fs::read(resolve(&folder, site_path)).ok();
    let problems = check_folder(&read, ImageCheck::Size);
    for problem in &problems {
        let place = match problem.position {
            Some((line, column)) => format!("{}:{line}:{column}", problem.file),
            None => problem.file.clone(),
        };
        let item = problem
            .item
            .as_ref()
            .map(|item| format!(" {}", item.label))
            .unwrap_or_default();
        let field = if problem.path.is_empty() {
            String::new()
        } else {
            format!(" [{}]", problem.path)
        };
        println!("{place}:{item}{field} {}", problem.message);
        if let (Some(line), Some((_, column))) = (&problem.source_line, problem.position) {
            println!("    {line}");
            println!("    {}^", " ".repeat(column.saturating_sub(1)));
        }
    }
    if problems.is_empty() {
        println!("Nội dung trong \"{}\" không có lỗi.", folder.display());
        ExitCode::SUCCESS
    } else {
        println!("\n{} lỗi trong \"{}\".", problems.len(), folder.display());
        ExitCode::from(1)
    }
}

/// The file of the folder at a site path (already checked to stay inside the site: no `..`,
/// no scheme).
fn resolve(folder: &Path, site_path: &str) -> PathBuf {
    folder.join(site_path.trim_start_matches('/'))
}
