package vn.tdkt.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the entry names of a ZIP archive from its central directory, without inflating anything, so
 * that an Office Open XML file (.docx, .xlsx) can be told apart cheaply and safely (no zip bomb).
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int ENTRY_HEADER_SIZE = 46;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int MAX_ENTRIES = 20_000;

    private ZipDirectory() { }

    /** The entry names, or an empty list when the bytes are not a readable (non-ZIP64) archive. */
    static List<String> entryNames(byte[] zip) {
        int end = findEndRecord(zip);
        if (end < 0) {
            return List.of();
        }
        int count = u16(zip, end + 10);
        long directorySize = u32(zip, end + 12);
        long directoryOffset = u32(zip, end + 16);
        if (directoryOffset + directorySize > end || count > MAX_ENTRIES) {
            return List.of();
        }
        List<String> names = new ArrayList<>(count);
        int p = (int) directoryOffset;
        for (int i = 0; i < count; i++) {
            if (p + ENTRY_HEADER_SIZE > end || u32(zip, p) != ENTRY_SIGNATURE) {
                return List.of();
            }
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            int nameStart = p + ENTRY_HEADER_SIZE;
            if (nameStart + nameLength > end) {
                return List.of();
            }
            names.add(new String(zip, nameStart, nameLength, StandardCharsets.UTF_8));
            p = nameStart + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int findEndRecord(byte[] zip) {
        int lowest = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT);
        for (int i = zip.length - END_RECORD_SIZE; i >= lowest; i--) {
            if (u32(zip, i) == END_SIGNATURE) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return ((long) u16(b, i + 2) << 16) | u16(b, i);
    }
}
