package vn.tdkt.web;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet filters that look at every request to the API ({@code /api}), the engine's REST API
 * ({@code /engine-rest}) and the webapps' API ({@code /camunda/api}) before any of them reads it: the size limit
 * first (before Spring Security, so an oversized body is refused whoever sends it), then the check of the text sent
 * (after Spring Security, so an anonymous caller learns nothing but 401). The engine's APIs also get
 * {@link ServiceFilesCache}, which only spares them reading the class path's service files in every request.
 */
@Configuration
public class WebFilters {

    static final String[] PATHS = {"/api/*", "/engine-rest/*", "/camunda/api/*"};

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(MultipartProperties multipart,
                                                                          vn.tdkt.documents.DocumentsProperties documents) {
        long maxFile = multipart.getMaxFileSize().toBytes();
        FilterRegistrationBean<RequestSizeLimitFilter> bean = new FilterRegistrationBean<>(new RequestSizeLimitFilter(
                multipart.getMaxRequestSize().toBytes(), () -> Math.min(maxFile, documents.getMaxSizeBytes())));
        bean.addUrlPatterns(PATHS);
        bean.setOrder(-200);
        bean.setName("tdktRequestSizeLimit");
        return bean;
    }

    /** Before every other filter: the engine's REST API and Jersey look their providers up in each request. */
    @Bean
    FilterRegistrationBean<ServiceFilesCache> serviceFilesCache() {
        FilterRegistrationBean<ServiceFilesCache> bean = new FilterRegistrationBean<>(new ServiceFilesCache());
        bean.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        bean.setOrder(-300);
        bean.setName("tdktServiceFilesCache");
        return bean;
    }

    @Bean
    FilterRegistrationBean<RequestHygieneFilter> requestHygieneFilter(MultipartProperties multipart) {
        FilterRegistrationBean<RequestHygieneFilter> bean =
                new FilterRegistrationBean<>(new RequestHygieneFilter(multipart.getMaxRequestSize().toBytes()));
        bean.addUrlPatterns(PATHS);
        bean.setOrder(-90);
        bean.setName("tdktRequestHygiene");
        return bean;
    }
}
