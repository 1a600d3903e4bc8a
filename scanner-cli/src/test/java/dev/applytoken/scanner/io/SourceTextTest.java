package dev.applytoken.scanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void utf8RoundTripsByteForByte() {
        byte[] bytes = "class A { String s = \"订阅\"; }\n".getBytes(StandardCharsets.UTF_8);

        SourceText text = SourceText.decode(bytes);

        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text.encode()).isEqualTo(bytes);
    }

    @Test
    void byteOrderMarkIsKept() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'c', 'l', 'a', 's', 's', '\n'};

        SourceText text = SourceText.decode(bytes);

        assertThat(text.byteOrderMark()).isTrue();
        assertThat(text.text()).isEqualTo("class\n");
        assertThat(text.encode()).isEqualTo(bytes);
    }

    @Test
    void gbkFileIsDetectedAndRoundTrips() {
        byte[] bytes = "// 申请 Token 的工具类\nclass Tools {}\n".getBytes(Charset.forName("GBK"));

        SourceText text = SourceText.decode(bytes);

        assertThat(text.charset()).isEqualTo(Charset.forName("GB18030"));
        assertThat(text.text()).contains("申请");
        assertThat(text.encode()).isEqualTo(bytes);
    }

    @Test
    void invalidBytesFallBackWithoutLoss() {
        byte[] bytes = {'a', (byte) 0xFF, (byte) 0x80, 'b', '\n'};

        SourceText text = SourceText.decode(bytes);

        assertThat(text.encode()).isEqualTo(bytes);
    }

    @Test
    void insertedLinesGetCrlfInCrlfFile() {
        SourceText original = SourceText.decode("a\r\nb\r\n".getBytes(StandardCharsets.UTF_8));

        byte[] written = original.withText("a\r\ninserted\nb\r\n").encode();

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("a\r\ninserted\r\nb\r\n");
    }

    @Test
    void mixedLineEndingsAreLeftAlone() {
        SourceText original = SourceText.decode("a\r\nb\nc\r\n".getBytes(StandardCharsets.UTF_8));

        byte[] written = original.withText("a\r\nb\nnew\nc\r\n").encode();

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("a\r\nb\nnew\nc\r\n");
    }
}
