package vn.tdkt.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.tdkt.identity.Role;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Two worlds, two chains (see the platform notes):
 * <ul>
 *   <li>/engine-rest and /api: stateless HTTP Basic checked against Camunda identity; the engine then
 *   applies its authorizations; registry writes are for administrators only.</li>
 *   <li>/camunda (Tasklist, Cockpit, Admin): authenticated by Camunda's own login and protected by its
 *   CsrfPreventionFilter, so Spring's login and CSRF stay out of the way there.</li>
 * </ul>
 */
@Configuration
public class SecurityConfig {

    /** Registry resources whose writes only an administrator may make. */
    static final String[] REGISTRY_PATHS = {
            "/api/units/**", "/api/blocks/**", "/api/persons/**", "/api/award-types/**",
            "/api/awards/**", "/api/import/**", "/api/user-profiles/**",
            "/api/calendar/**", "/api/council/terms/**"};

    /** Who reads the audit trail (vn.tdkt.audit). */
    static final java.util.Set<String> AUDIT_READERS = java.util.Set.of(Role.AUDITOR.authority(), Role.ADMIN.authority());

    /**
     * Plain path matchers: /engine-rest and /camunda are not served by Spring MVC's DispatcherServlet,
     * so MVC matchers (the default for string patterns) would not see their full paths.
     */
    private static RequestMatcher ant(String pattern) {
        return AntPathRequestMatcher.antMatcher(pattern);
    }

    private static RequestMatcher ant(HttpMethod method, String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .map(p -> (RequestMatcher) AntPathRequestMatcher.antMatcher(method, p)).toList());
    }

    /**
     * Engine REST writes that change what runs: deploying, redeploying and deleting deployments; deleting,
     * suspending and changing the history time-to-live of process and decision definitions; migrating running
     * instances to another version. Starting a process ({@code POST .../start}, {@code .../submit-form}) and
     * evaluating a decision stay open to users. Each path is also reachable under the named engine
     * ({@code /engine-rest/engine/default/...}), so both spellings are listed.
     */
    static final String[] ENGINE_ADMIN_WRITE_PATHS = engineRestPaths(
            "/deployment/**", "/process-definition/**", "/decision-definition/**",
            "/decision-requirements-definition/**", "/migration/**");
    /** Of those, POST on definitions starts processes and evaluates decisions: only deployments and migration. */
    static final String[] ENGINE_ADMIN_POST_PATHS = engineRestPaths("/deployment/**", "/migration/**");

    private static String[] engineRestPaths(String... paths) {
        return Arrays.stream(paths).flatMap(p -> Stream.of("/engine-rest" + p,
                "/engine-rest/engine/*" + p)).toArray(String[]::new);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                 IdentityService identityService) throws Exception {
        String admin = Role.ADMIN.authority();
        http.securityMatcher(new OrRequestMatcher(ant("/engine-rest/**"), ant("/api/**")))
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        // the audit trail: auditors and administrators only, and only to read
                        .requestMatchers(ant("/api/audit/**")).access((authentication, ctx) -> new AuthorizationDecision(
                                ctx.getRequest().getMethod().equals("GET") && authentication.get().getAuthorities().stream()
                                        .anyMatch(g -> AUDIT_READERS.contains(g.getAuthority()))))
                        .requestMatchers(ant(HttpMethod.GET, "/api/**")).authenticated()
                        // what runs is the administrators' business (Camunda Modeler deploys as an admin);
                        // the engine's authorizations apply on top
                        .requestMatchers(ant(HttpMethod.POST, ENGINE_ADMIN_POST_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.PUT, ENGINE_ADMIN_WRITE_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.PATCH, ENGINE_ADMIN_WRITE_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.DELETE, ENGINE_ADMIN_WRITE_PATHS)).hasAuthority(admin)
                        // the block leader edits the block's scoring table; the controller checks who leads
                        .requestMatchers(ant(HttpMethod.PUT, "/api/blocks/*/years/*/scoring-table")).authenticated()
                        .requestMatchers(ant(HttpMethod.POST, "/api/blocks/*/years/*/scoring-table/import")).authenticated()
                        // opening a block's cycle: the process checks who may (standing agency, block leader)
                        .requestMatchers(ant(HttpMethod.POST, "/api/blocks/*/years/*/cycle")).authenticated()
                        .requestMatchers(ant(HttpMethod.POST, REGISTRY_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.PUT, REGISTRY_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.PATCH, REGISTRY_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.DELETE, REGISTRY_PATHS)).hasAuthority(admin)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(JsonSecurityErrorHandlers.unauthorized()))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(JsonSecurityErrorHandlers.unauthorized())
                        .accessDeniedHandler(JsonSecurityErrorHandlers.forbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic auth carries no cookie a foreign site could ride on: CSRF does not apply.
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(ant("/camunda/**"), ant("/"), ant("/error"), ant("/favicon.ico")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        // Camunda's HeaderSecurityFilter writes CSP, X-Content-Type-Options and XSS headers.
                        .contentTypeOptions(c -> c.disable())
                        .xssProtection(x -> x.disable())
                        .cacheControl(c -> c.disable())
                        .frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The project's own pages: static files without data (the data comes from /api with the user's account). */
    @Bean
    @Order(3)
    SecurityFilterChain pagesChain(HttpSecurity http) throws Exception {
        http.securityMatcher(ant(HttpMethod.GET, "/pages/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' blob: data:; object-src 'none'; frame-ancestors 'self'"))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().denyAll())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(JsonSecurityErrorHandlers.unauthorized())
                        .accessDeniedHandler(JsonSecurityErrorHandlers.forbidden()))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
