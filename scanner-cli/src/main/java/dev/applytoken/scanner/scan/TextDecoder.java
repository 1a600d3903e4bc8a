package dev.applytoken.scanner.scan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes file bytes as text: UTF-8 (a byte-order mark is dropped), else GB18030, which many
 * Chinese-language codebases use, else ISO-8859-1, which maps every byte to a character, so decoding cannot fail.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text = strictDecode(StandardCharsets.UTF_8, buffer.duplicate());
        if (text == null) {
            text = strictDecode(GB18030, buffer.duplicate());
        }
        if (text == null) {
            text = new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
        return text;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static String strictDecode(Charset charset, ByteBuffer buffer) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException invalid) {
            return null;
        }
    }
}
