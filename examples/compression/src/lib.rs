//! compression: a niche API by name, Compression Streams, piped through the Streams Standard
//! and read back through Fetch's `Response`, with no IDL copied.

use idlbind::{JsError, idl};
use idlbind_example_page::{log, report_panics};
use wasm_bindgen::prelude::wasm_bindgen;

idl! {
    #![platform]
    use CompressionStream, DecompressionStream, Blob, Response, ReadableStream, WritableStream;
}

/// What a stream yields, read to the end through a `Response`, as a `Blob`.
async fn blob_of(stream: ReadableStream) -> Result<Blob, JsError> {
    let response = Response::new_with(Some(BodyInit::from(stream)), None)?;
    response.blob().await
}

/// Pipes a blob's bytes through a compression or decompression stream.
async fn transformed(
    blob: &Blob,
    readable: ReadableStream,
    writable: WritableStream,
) -> Result<Blob, JsError> {
    let pair = ReadableWritablePair { readable, writable };
    blob_of(blob.stream().pipe_through(&pair)).await
}

#[wasm_bindgen]
pub async fn run() -> Result<(), JsError> {
    report_panics();
    let text = "idlbind binds the web platform by name. ".repeat(50);
    let blob = Blob::new_with(Some(vec![BlobPart::from(text.as_str())]), None)?;
    log(&format!("a Blob of {} bytes", blob.size()));

    let gzip = CompressionStream::new(CompressionFormat::Gzip)?;
    let compressed = transformed(&blob, gzip.readable(), gzip.writable()).await?;
    let bytes = compressed.bytes().await?.to_vec();
    assert_eq!(bytes[..2], [0x1f, 0x8b], "gzip's magic number");
    assert!(bytes.len() < text.len() / 10);
    log(&format!(
        "gzip: {} bytes, starting {:02x?}",
        bytes.len(),
        &bytes[..2]
    ));

    let gunzip = DecompressionStream::new(CompressionFormat::Gzip)?;
    let restored = transformed(&compressed, gunzip.readable(), gunzip.writable()).await?;
    assert_eq!(restored.text().await?, text);
    log(&format!(
        "gunzip: {} bytes, the text again",
        restored.size()
    ));
    Ok(())
}
