package io.parlor.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.parlor.application.membership.MembershipUseCases;
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

/** Offers each membership use case as a bean of its primary-port type, for the controllers. */
@Factory
class MembershipUseCaseBeans {

    @Bean final SignUp signUp;
    @Bean final RequestEmailCode requestEmailCode;
    @Bean final VerifyEmail verifyEmail;
    @Bean final LogIn logIn;
    @Bean final RefreshSession refreshSession;
    @Bean final LogOut logOut;
    @Bean final RequestPasswordReset requestPasswordReset;
    @Bean final ChangePassword changePassword;
    @Bean final Unlock unlock;
    @Bean final ShowProfile showProfile;
    @Bean final UpdateProfile updateProfile;
    @Bean final Withdraw withdraw;
    @Bean final BlockMember blockMember;
    @Bean final UnblockMember unblockMember;
    @Bean final CreateShop createShop;
    @Bean final AddDesigner addDesigner;
    @Bean final BrowseShops browseShops;
    @Bean final EnsureAdmin ensureAdmin;
    @Bean final CheckAccess checkAccess;
    @Bean final StartSocialLogin startSocialLogin;
    @Bean final CompleteSocialLogin completeSocialLogin;
    @Bean final ExchangeLoginKey exchangeLoginKey;
    @Bean final WatchAccessRevocations watchAccessRevocations;

    MembershipUseCaseBeans(MembershipUseCases useCases) {
        signUp = useCases.signUp();
        requestEmailCode = useCases.requestEmailCode();
        verifyEmail = useCases.verifyEmail();
        logIn = useCases.logIn();
        refreshSession = useCases.refreshSession();
        logOut = useCases.logOut();
        requestPasswordReset = useCases.requestPasswordReset();
        changePassword = useCases.changePassword();
        unlock = useCases.unlock();
        showProfile = useCases.showProfile();
        updateProfile = useCases.updateProfile();
        withdraw = useCases.withdraw();
        blockMember = useCases.blockMember();
        unblockMember = useCases.unblockMember();
        createShop = useCases.createShop();
        addDesigner = useCases.addDesigner();
        browseShops = useCases.browseShops();
        ensureAdmin = useCases.ensureAdmin();
        checkAccess = useCases.checkAccess();
        startSocialLogin = useCases.startSocialLogin();
        completeSocialLogin = useCases.completeSocialLogin();
        exchangeLoginKey = useCases.exchangeLoginKey();
        watchAccessRevocations = useCases.watchAccessRevocations();
    }
}
