package io.parlor.adapters.http.membership;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.parlor.adapters.http.membership.AuthRequests.EmailCodeRequest;
import io.parlor.adapters.http.membership.AuthRequests.EmailRequest;
import io.parlor.adapters.http.membership.AuthRequests.LogInRequest;
import io.parlor.adapters.http.membership.AuthRequests.RefreshTokenRequest;
import io.parlor.adapters.http.membership.AuthRequests.SignUpRequest;
import io.parlor.adapters.http.membership.AuthRequests.VerifyRequest;
import io.parlor.adapters.http.membership.MembershipResponses.MemberResponse;
import io.parlor.adapters.http.membership.MembershipResponses.TokensResponse;
import io.parlor.application.membership.port.in.LogIn;
import io.parlor.application.membership.port.in.LogOut;
import io.parlor.application.membership.port.in.RefreshSession;
import io.parlor.application.membership.port.in.RequestEmailCode;
import io.parlor.application.membership.port.in.RequestPasswordReset;
import io.parlor.application.membership.port.in.SignUp;
import io.parlor.application.membership.port.in.Unlock;
import io.parlor.application.membership.port.in.VerifyEmail;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.Phone;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.shared.InvalidValue;
import jakarta.validation.Valid;
import java.util.Optional;

/** Sign-up, email codes, sessions and unlocking: the routes a caller uses before it has a token. */
@Controller("/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    private final SignUp signUp;
    private final RequestEmailCode requestEmailCode;
    private final VerifyEmail verifyEmail;
    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final RequestPasswordReset requestPasswordReset;
    private final Unlock unlock;

    AuthController(SignUp signUp, RequestEmailCode requestEmailCode, VerifyEmail verifyEmail, LogIn logIn,
                   RefreshSession refreshSession, LogOut logOut, RequestPasswordReset requestPasswordReset,
                   Unlock unlock) {
        this.signUp = signUp;
        this.requestEmailCode = requestEmailCode;
        this.verifyEmail = verifyEmail;
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.requestPasswordReset = requestPasswordReset;
        this.unlock = unlock;
    }

    @Post("/signup")
    @Status(HttpStatus.CREATED)
    MemberResponse signUp(@Body @Valid SignUpRequest request) {
        return MemberResponse.of(signUp.signUp(new SignUp.Command(new Email(request.email()), request.password(),
                new MemberName(request.name()), Optional.ofNullable(request.phone()).map(Phone::new))));
    }

    @Post("/email/code")
    HttpResponse<Void> requestCode(@Body @Valid EmailCodeRequest request) {
        requestEmailCode.request(new RequestEmailCode.Command(new Email(request.email()), purposeOf(request.purpose())));
        return HttpResponse.accepted();
    }

    @Post("/email/verify")
    MemberResponse verify(@Body @Valid VerifyRequest request) {
        return MemberResponse.of(verifyEmail.verify(new VerifyEmail.Command(new Email(request.email()), request.code())));
    }

    @Post("/login")
    TokensResponse logIn(@Body @Valid LogInRequest request) {
        return TokensResponse.of(logIn.logIn(new LogIn.Command(new Email(request.email()), request.password(),
                Optional.ofNullable(request.shopCode()).filter(code -> !code.isBlank()).map(ShopCode::new))));
    }

    @Post("/refresh")
    TokensResponse refresh(@Body @Valid RefreshTokenRequest request) {
        return TokensResponse.of(refreshSession.refresh(new RefreshSession.Command(request.refreshToken())));
    }

    @Post("/logout")
    @Status(HttpStatus.NO_CONTENT)
    void logOut(@Body @Valid RefreshTokenRequest request) {
        logOut.logOut(new LogOut.Command(request.refreshToken()));
    }

    @Post("/password/reset")
    HttpResponse<Void> resetPassword(@Body @Valid EmailRequest request) {
        requestPasswordReset.request(new RequestPasswordReset.Command(new Email(request.email())));
        return HttpResponse.accepted();
    }

    @Post("/unlock")
    HttpResponse<Void> unlock(@Body @Valid VerifyRequest request) {
        unlock.unlock(new Unlock.Command(new Email(request.email()), request.code()));
        return HttpResponse.ok();
    }

    private static CodePurpose purposeOf(String purpose) {
        if (purpose == null || purpose.isBlank() || purpose.equals("VERIFY")) {
            return CodePurpose.VERIFY;
        }
        if (purpose.equals("UNLOCK")) {
            return CodePurpose.UNLOCK;
        }
        throw new InvalidValue("purpose", "must be VERIFY or UNLOCK");
    }
}
