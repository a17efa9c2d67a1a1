package io.jenkins.plugins.deploymentsop.dora.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineScannerTest {
    private final List<String> lines = new ArrayList<>();
    private final List<Long> tooLong = new ArrayList<>();

    private long scan(final String text, final int maxLineBytes) throws IOException {
        return new LineScanner(maxLineBytes)
                .scan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new LineScanner.Handler() {
                    @Override
                    public void line(final byte[] buffer, final int offset, final int length) {
                        lines.add(new String(buffer, offset, length, StandardCharsets.UTF_8));
                    }

                    @Override
                    public void tooLong(final long length) {
                        tooLong.add(length);
                    }
                });
    }

    @Test
    void shouldSplitLinesAndLeaveAnIncompleteTailUnconsumed() throws IOException {
        long consumed = scan("a\n\nbc\nunfinished", 1024);

        assertThat(lines).containsExactly("a", "", "bc");
        assertThat(consumed).isEqualTo(6);
    }

    @Test
    void shouldJoinLinesAcrossReadChunks() throws IOException {
        String longLine = "x".repeat(200_000);
        String utf8 = "\u00e9\u4e2d".repeat(50_000);

        long consumed = scan(longLine + "\n" + utf8 + "\nend\n", 1024 * 1024);

        assertThat(lines).containsExactly(longLine, utf8, "end");
        assertThat(consumed).isEqualTo(200_001 + utf8.getBytes(StandardCharsets.UTF_8).length + 1 + 4);
    }

    @Test
    void shouldSkipOverlongLinesWithoutBufferingThem() throws IOException {
        String huge = "y".repeat(300_000);

        long consumed = scan("ok\n" + huge + "\nalso ok\n" + "z".repeat(2000) + "\n", 1024);

        assertThat(lines).containsExactly("ok", "also ok");
        assertThat(tooLong).containsExactly(300_000L, 2000L);
        assertThat(consumed).isEqualTo(3 + 300_001 + 8 + 2001);
    }

    @Test
    void shouldNotConsumeAnOverlongIncompleteTail() throws IOException {
        long consumed = scan("ok\n" + "w".repeat(5000), 1024);

        assertThat(lines).containsExactly("ok");
        assertThat(tooLong).isEmpty();
        assertThat(consumed).isEqualTo(3);
    }
}
