//! Writes the content files' JSON Schemas to `public/schema/` (or the folder given):
//! `cargo run --bin make-schema`. Run it after changing the content types; a test fails
//! until the committed schemas match.

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let folder = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "public/schema".to_owned()),
    );
    std::fs::create_dir_all(&folder)?;
    for (name, text) in ban_tin_le_chan::model::schema::documents() {
        std::fs::write(folder.join(name), text)?;
        println!("{}", folder.join(name).display());
    }
    Ok(())
}
