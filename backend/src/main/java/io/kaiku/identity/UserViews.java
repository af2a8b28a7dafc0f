package io.kaiku.identity;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.kaiku.customer.CustomerService;
import jakarta.enterprise.context.ApplicationScoped;

/** Views of logins; a customer login speaks its customer record's language. */
@ApplicationScoped
class UserViews {
    private final CustomerService customers;

    UserViews(CustomerService customers) {
        this.customers = customers;
    }

    UserView of(User user) {
        String language = user.customerId == null ? user.language : customers.language(user.customerId);
        return UserView.of(user, language);
    }

    List<UserView> of(List<User> users) {
        List<Long> customerIds =
                users.stream().map(u -> u.customerId).filter(Objects::nonNull).toList();
        Map<Long, String> languages = customerIds.isEmpty() ? Map.of() : customers.languages(customerIds);
        return users.stream()
                .map(u -> UserView.of(u, u.customerId == null ? u.language : languages.get(u.customerId)))
                .toList();
    }

    /** Sets the language of a login: on the user for staff, on the customer record for a customer. */
    void setLanguage(User user, String language) {
        if (user.customerId == null) {
            user.language = language;
        } else {
            customers.changeLanguage(user.customerId, language);
        }
    }
}
