package io.parlor.application.membership;

import io.parlor.application.membership.port.in.AddDesigner;
import io.parlor.application.membership.port.in.BlockMember;
import io.parlor.application.membership.port.in.BrowseShops;
import io.parlor.application.membership.port.in.ChangePassword;
import io.parlor.application.membership.port.in.CheckAccess;
import io.parlor.application.membership.port.in.CompleteSocialLogin;
import io.parlor.application.membership.port.in.CreateShop;
import io.parlor.application.membership.port.in.EnsureAdmin;
import io.parlor.application.membership.port.in.ExchangeLoginKey;
import io.parlor.application.membership.port.in.LogIn;
import io.parlor.application.membership.port.in.LogOut;
import io.parlor.application.membership.port.in.RefreshSession;
import io.parlor.application.membership.port.in.RequestEmailCode;
import io.parlor.application.membership.port.in.RequestPasswordReset;
import io.parlor.application.membership.port.in.ShowProfile;
import io.parlor.application.membership.port.in.SignUp;
import io.parlor.application.membership.port.in.StartSocialLogin;
import io.parlor.application.membership.port.in.UnblockMember;
import io.parlor.application.membership.port.in.Unlock;
import io.parlor.application.membership.port.in.UpdateProfile;
import io.parlor.application.membership.port.in.VerifyEmail;
import io.parlor.application.membership.port.in.WatchAccessRevocations;
import io.parlor.application.membership.port.in.Withdraw;
import io.parlor.application.shared.EventPublisher;
import io.parlor.application.shared.port.out.Topic;

/**
 * Every membership use case, built from ports and settings: the one entry point for framework
 * factories and library users, e.g. {@code MembershipUseCases.wire(ports, settings).logIn()}.
 */
public record MembershipUseCases(SignUp signUp, RequestEmailCode requestEmailCode, VerifyEmail verifyEmail,
        LogIn logIn, RefreshSession refreshSession, LogOut logOut, RequestPasswordReset requestPasswordReset,
        ChangePassword changePassword, Unlock unlock, ShowProfile showProfile, UpdateProfile updateProfile,
        Withdraw withdraw, BlockMember blockMember, UnblockMember unblockMember, CreateShop createShop,
        AddDesigner addDesigner, BrowseShops browseShops, EnsureAdmin ensureAdmin, CheckAccess checkAccess,
        StartSocialLogin startSocialLogin, CompleteSocialLogin completeSocialLogin, ExchangeLoginKey exchangeLoginKey,
        WatchAccessRevocations watchAccessRevocations) {

    /**
     * Where {@code MemberBlocked}, {@code MemberUnblocked} and {@code MemberWithdrawn} are
     * published, after the unit of work that caused them has committed.
     */
    public static final Topic TOPIC = new Topic("membership");

    /** Builds every use case over {@code ports}, following {@code settings}. */
    public static MembershipUseCases wire(MembershipPorts ports, MembershipSettings settings) {
        var published = new EventPublisher(ports.events(), TOPIC);
        var codes = new EmailCodes(ports.oneTimeCodes(), ports.secrets(), ports.mailer(), settings);
        var roles = new Roles(ports.shops());
        var sessions = new Sessions(ports.refreshTokens(), ports.accessTokens(), ports.secrets(), ports.ids(), roles,
                settings);
        var administrators = new Administrators(ports.members());
        var socialLogins = new SocialLoginTickets(ports.loginTickets(), ports.secrets());
        return new MembershipUseCases(
                new SignUpService(ports.members(), ports.passwordHasher(), codes, roles, ports.transactions(),
                        ports.time(), ports.ids(), settings),
                new RequestEmailCodeService(ports.members(), codes, ports.time(), settings),
                new VerifyEmailService(ports.members(), codes, roles, ports.transactions(), ports.time()),
                new LogInService(ports.members(), ports.shops(), ports.shopCustomers(), ports.passwordHasher(),
                        new Passwords(ports.passwordHasher()), sessions, ports.transactions(), ports.time(), settings),
                new RefreshSessionService(ports.members(), ports.refreshTokens(), sessions, ports.transactions(),
                        ports.time()),
                new LogOutService(ports.refreshTokens()),
                new RequestPasswordResetService(ports.members(), ports.passwordHasher(), ports.secrets(),
                        ports.mailer(), codes, ports.transactions(), ports.time(), settings),
                new ChangePasswordService(ports.members(), ports.passwordHasher(), ports.transactions(), published,
                        ports.time()),
                new UnlockService(ports.members(), codes, ports.time()),
                new ShowProfileService(ports.members(), roles, ports.time()),
                new UpdateProfileService(ports.members(), roles, ports.transactions(), ports.time()),
                new WithdrawService(ports.members(), ports.refreshTokens(), ports.passwordHasher(),
                        ports.transactions(), published, ports.time()),
                new BlockMemberService(ports.members(), ports.refreshTokens(), administrators, roles,
                        ports.transactions(), published, ports.time()),
                new UnblockMemberService(ports.members(), administrators, roles, ports.transactions(), published,
                        ports.time()),
                new CreateShopService(ports.members(), ports.shops(), ports.secrets(), ports.transactions(),
                        ports.time(), ports.ids()),
                new AddDesignerService(ports.members(), ports.shops(), ports.transactions(), ports.time()),
                new BrowseShopsService(ports.members(), ports.shops(), ports.time()),
                new EnsureAdminService(ports.members(), ports.passwordHasher(), ports.transactions(), ports.time(),
                        ports.ids()),
                new KeptCheckAccessService(new CheckAccessService(ports.members(), ports.time()), ports.events(), ports.time(),
                        System::nanoTime),
                new StartSocialLoginService(ports.identityProviders(), ports.shops(), socialLogins, ports.time()),
                new CompleteSocialLoginService(ports.identityProviders(), ports.members(), ports.socialIdentities(),
                        socialLogins, ports.transactions(), ports.time(), ports.ids()),
                new ExchangeLoginKeyService(ports.members(), ports.shopCustomers(), socialLogins, sessions,
                        ports.transactions(), ports.time()),
                new WatchAccessRevocationsService(ports.events()));
    }
}
