package dev.applytoken.scanner.report;

import dev.applytoken.scanner.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a scan result in one output format. */
public interface Reporter {

    void write(ScanResult result, Writer out) throws IOException;
}
