package vn.tdkt.home;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The product's front door: {@code /} opens the home page of the system (sign-in for visitors; for a signed-in user
 * their roles, their Tasklist filters and the pages of their work) instead of Camunda's bare Welcome page
 * ({@code camunda.bpm.webapp.index-redirect-enabled} is off).
 */
@Configuration
public class FrontDoor implements WebMvcConfigurer {

    public static final String HOME_PAGE = "/pages/trang-chu.html";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", HOME_PAGE);
    }
}
