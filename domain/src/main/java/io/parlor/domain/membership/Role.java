package io.parlor.domain.membership;

/**
 * What a member may do. {@link #CUSTOMER} and {@link #ADMIN} belong to the member;
 * {@link #OWNER} and {@link #DESIGNER} follow from the staff of shops and hold only in those shops.
 */
public enum Role {
    CUSTOMER,
    DESIGNER,
    OWNER,
    ADMIN
}
