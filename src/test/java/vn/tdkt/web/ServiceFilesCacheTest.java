package vn.tdkt.web;

import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ServiceFilesCache}: inside an API request the engine's REST API finds the same providers as without it, from
 * a service file list read once; classes and other resources are the original loader's; the thread's loader is given
 * back after the request, also when it fails.
 */
class ServiceFilesCacheTest {

    static final String PROVIDERS = "META-INF/services/" + ProcessEngineProvider.class.getName();

    @Test
    void insideARequestTheEngineProviderIsTheSameClassAsWithout() throws Exception {
        List<Class<?>> without = providerClasses();
        List<List<Class<?>>> within = new ArrayList<>();
        ClassLoader original = Thread.currentThread().getContextClassLoader();

        new ServiceFilesCache().doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"),
                new MockHttpServletResponse(), (request, response) -> {
                    assertThat(Thread.currentThread().getContextClassLoader())
                            .isInstanceOf(ServiceFilesCache.RememberingLoader.class);
                    within.add(providerClasses());
                    within.add(providerClasses());
                });

        assertThat(without).isNotEmpty();
        assertThat(within).containsExactly(without, without);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(original);
    }

    @Test
    void theLoaderIsGivenBackWhenTheRequestFails() {
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        assertThatThrownBy(() -> new ServiceFilesCache().doFilter(new MockHttpServletRequest("POST", "/engine-rest/x"),
                new MockHttpServletResponse(), (request, response) -> {
                    throw new IllegalStateException("lỗi trong yêu cầu");
                })).isInstanceOf(IllegalStateException.class);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(original);
    }

    @Test
    void everyRequestOfAThreadGetsTheSameWrapper() throws Exception {
        ServiceFilesCache filter = new ServiceFilesCache();
        List<ClassLoader> seen = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), new MockHttpServletResponse(),
                    (request, response) -> seen.add(Thread.currentThread().getContextClassLoader()));
        }
        assertThat(seen.get(0)).isSameAs(seen.get(1));
    }

    @Test
    void aServiceFileListIsReadOnceAndEverythingElseIsTheParents() throws Exception {
        CountingLoader parent = new CountingLoader(getClass().getClassLoader());
        ServiceFilesCache.RememberingLoader loader = new ServiceFilesCache.RememberingLoader(parent);

        List<URL> first = Collections.list(loader.getResources(PROVIDERS));
        List<URL> second = Collections.list(loader.getResources(PROVIDERS));
        assertThat(first).isNotEmpty().isEqualTo(second)
                .isEqualTo(Collections.list(getClass().getClassLoader().getResources(PROVIDERS)));
        assertThat(parent.asked(PROVIDERS)).isEqualTo(1);

        Collections.list(loader.getResources("META-INF/MANIFEST.MF"));
        Collections.list(loader.getResources("META-INF/MANIFEST.MF"));
        assertThat(parent.asked("META-INF/MANIFEST.MF")).isEqualTo(2);

        assertThat(loader.loadClass(ProcessEngineProvider.class.getName())).isSameAs(ProcessEngineProvider.class);
    }

    private static List<Class<?>> providerClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (ProcessEngineProvider provider : ServiceLoader.load(ProcessEngineProvider.class)) {
            classes.add(provider.getClass());
        }
        return classes;
    }

    /** A loader that counts how often each resource list is asked of it. */
    static final class CountingLoader extends ClassLoader {

        private final List<String> asked = Collections.synchronizedList(new ArrayList<>());
        private final ClassLoader delegate;

        CountingLoader(ClassLoader delegate) {
            super(delegate);
            this.delegate = delegate;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            asked.add(name);
            return delegate.getResources(name);
        }

        int asked(String name) {
            AtomicInteger n = new AtomicInteger();
            asked.forEach(a -> {
                if (a.equals(name)) {
                    n.incrementAndGet();
                }
            });
            return n.get();
        }
    }
}
