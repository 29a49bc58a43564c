package vn.tdkt.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Camunda's REST API finds its {@code ProcessEngineProvider} with {@link java.util.ServiceLoader} in every request
 * ({@code EngineUtil.lookupProcessEngine}, called when a resource such as {@code /task} is made for the request), and
 * Jersey finds some of its providers the same way. Each lookup asks the thread's context class loader for the
 * {@code META-INF/services/…} file of every jar on the class path: 5.3 % of the request threads' samples in a profile
 * of the reviewers' stress test, 2.1 % with this filter (reading the files found is left; docs/performance-rest.md,
 * 7). Those lists cannot change while the application runs, so for the API's requests the context class loader is
 * wrapped in one that asks for each list once and remembers it. Everything else (classes, other resources) is the
 * original loader's: the wrapper defines no class.
 */
public final class ServiceFilesCache extends OncePerRequestFilter {

    /** One wrapper per original loader, so that caches keyed by the context class loader keep working. */
    private final Map<ClassLoader, RememberingLoader> wrappers = new ConcurrentHashMap<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        if (original == null || original instanceof RememberingLoader) {
            chain.doFilter(request, response);
            return;
        }
        thread.setContextClassLoader(wrappers.computeIfAbsent(original, RememberingLoader::new));
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    /** Delegates everything to its parent and remembers the parent's answer for service files. */
    static final class RememberingLoader extends ClassLoader {

        private static final String SERVICE_FILES = "META-INF/services/";

        static {
            registerAsParallelCapable();
        }

        private final Map<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

        RememberingLoader(ClassLoader parent) {
            super("tdkt-service-files", parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name == null || !name.startsWith(SERVICE_FILES)) {
                return super.getResources(name);
            }
            List<URL> known = serviceFiles.get(name);
            if (known != null) {
                return Collections.enumeration(known);
            }
            List<URL> read = List.copyOf(Collections.list(getParent().getResources(name)));
            List<URL> readMeanwhile = serviceFiles.putIfAbsent(name, read);
            return Collections.enumeration(readMeanwhile == null ? read : readMeanwhile);
        }
    }
}
