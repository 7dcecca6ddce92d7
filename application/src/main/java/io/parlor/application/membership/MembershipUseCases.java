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
        var codes = new EmailCodes(ports.oneTimeCodes(), ports.secrets(), ports.mailer(), settings);
        var roles = new Roles(ports.shops());
        var sessions = new Sessions(ports.refreshTokens(), ports.accessTokens(), ports.secrets(), ports.ids(), roles,
                settings);
        var administrators = new Administrators(ports.members());
        var socialLogins = new SocialLoginTickets(ports.loginTickets(), ports.secrets());
        return new MembershipUseCases(
                new SignUpService(ports, codes, roles, settings),
                new RequestEmailCodeService(ports, codes, settings),
                new VerifyEmailService(ports, codes, roles),
                new LogInService(ports, new Passwords(ports.passwordHasher()), sessions, settings),
                new RefreshSessionService(ports, sessions),
                new LogOutService(ports),
                new RequestPasswordResetService(ports, codes, settings),
                new ChangePasswordService(ports),
                new UnlockService(ports, codes),
                new ShowProfileService(ports, roles),
                new UpdateProfileService(ports, roles),
                new WithdrawService(ports),
                new BlockMemberService(ports, administrators, roles),
                new UnblockMemberService(ports, administrators, roles),
                new CreateShopService(ports),
                new AddDesignerService(ports),
                new BrowseShopsService(ports),
                new EnsureAdminService(ports),
                new CheckAccessService(ports),
                new StartSocialLoginService(ports, socialLogins),
                new CompleteSocialLoginService(ports, socialLogins),
                new ExchangeLoginKeyService(ports, socialLogins, sessions),
                new WatchAccessRevocationsService(ports));
    }
}
