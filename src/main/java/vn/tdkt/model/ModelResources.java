package vn.tdkt.model;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the models of the repository's processes/ and forms/ folders, keyed by stable resource names
 * ({@code processes/<file>}, {@code forms/<file>}) whether they come from the classpath or the disk.
 */
public final class ModelResources {

    private ModelResources() { }

    /** From the classpath, where the build copies processes/ and forms/. */
    public static Map<String, byte[]> fromClasspath() {
        Map<String, byte[]> resources = new TreeMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : new String[]{"classpath*:processes/*.bpmn", "classpath*:processes/*.dmn",
                    "classpath*:forms/*.form"}) {
                String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
                for (Resource resource : resolver.getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        resources.put(folder + "/" + resource.getFilename(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resources;
    }

    /** From folders on disk laid out like the repository root (processes/, forms/). */
    public static Map<String, byte[]> fromDirectory(Path root) {
        Map<String, byte[]> resources = new TreeMap<>();
        for (String folder : new String[]{"processes", "forms"}) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String fileName = String.valueOf(file.getFileName());
                    if (fileName.endsWith(".bpmn") || fileName.endsWith(".dmn") || fileName.endsWith(".form")) {
                        resources.put(folder + "/" + fileName, Files.readAllBytes(file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return resources;
    }
}
