package dev.applytoken.scanner.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The text of a file together with what is needed to write it back byte for byte: its charset,
 * whether it started with a UTF-8 byte order mark, and its line separator.
 *
 * <p>Decoding tries UTF-8, then GB18030, then ISO-8859-1, and takes the first charset whose decoding
 * re-encodes to the exact original bytes. ISO-8859-1 always does, so every file decodes, and the bytes
 * of any part of the file that a migration leaves alone are written back unchanged.
 */
public record SourceText(String text, Charset charset, boolean byteOrderMark, String lineSeparator) {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<Charset> CANDIDATES =
            List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.ISO_8859_1);

    /** Reads and decodes a file. */
    public static SourceText read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** Decodes bytes, keeping what {@link #encode()} needs to reproduce them. */
    public static SourceText decode(byte[] bytes) {
        boolean bom = startsWithBom(bytes);
        byte[] body = bom ? Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length) : bytes;
        for (Charset charset : bom ? List.of(StandardCharsets.UTF_8) : CANDIDATES) {
            Optional<String> text = decodeExactly(body, charset);
            if (text.isPresent()) {
                return new SourceText(text.get(), charset, bom, dominantLineSeparator(text.get()));
            }
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        return new SourceText(text, StandardCharsets.ISO_8859_1, bom, dominantLineSeparator(text));
    }

    /** Returns a copy with other text, keeping charset, byte order mark and line separator. */
    public SourceText withText(String newText) {
        return new SourceText(newText, charset, byteOrderMark, lineSeparator);
    }

    /**
     * Returns the text with every line break converted to the file's separator, so a line that a
     * migration inserts into a CRLF file ends in CRLF too.
     */
    public String textWithFileLineSeparators() {
        if ("\r\n".equals(lineSeparator)) {
            return text.replaceAll("\r?\n", "\r\n");
        }
        return text;
    }

    /** Encodes the text as the file had it: same charset, same byte order mark, same line separators. */
    public byte[] encode() {
        byte[] body = textWithFileLineSeparators().getBytes(charset);
        if (!byteOrderMark) {
            return body;
        }
        byte[] bytes = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, bytes, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, bytes, UTF8_BOM.length, body.length);
        return bytes;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= UTF8_BOM.length
                && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static Optional<String> decodeExactly(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            String text = chars.toString();
            return Arrays.equals(text.getBytes(charset), bytes) ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String dominantLineSeparator(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        // A file that mixes both keeps its bytes: only a pure CRLF file gets CRLF on inserted lines.
        return crlf > 0 && lf == 0 ? "\r\n" : "\n";
    }
}
