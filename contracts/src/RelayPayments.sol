// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title RelayPayments — pay-per-delivery escrow for weft relays.
/// @notice A payer deposits ETH (token = address(0)) or ERC-20 tokens, authorises a hot
/// signing key, and may allocate guaranteed collateral to a relay. As data arrives the
/// payer's key signs EIP-712 cumulative vouchers Voucher(payer, relay, token, cumulative,
/// epoch, expiry): "in total I owe `relay` `cumulative`". Only the named relay can claim;
/// a claim pays the difference to what that relay was already paid, from its collateral
/// first and then from the payer's free balance. On shortfall it pays what is there and
/// the rest stays claimable. {bumpEpoch} revokes every outstanding voucher of a payer.
///
/// Payer funds leave only once strictly more than {withdrawalDelay} = voucherLifetime +
/// claimWindow has passed since the request; until then they stay claimable, so every
/// voucher already issued (expiry at most voucherLifetime ahead, enforced at claim) can
/// still be claimed. Relays pull earnings.
///
/// Invariant, per token: this contract's balance >= sum(free) + sum(collateral) +
/// sum(earnings) (equality unless someone sent tokens without depositing).
contract RelayPayments is EIP712, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    struct Voucher {
        address payer;
        address relay;
        address token;
        uint256 cumulative;
        uint64 epoch;
        uint64 expiry;
    }

    /// @dev A voucher with its signature in the compact ERC-2098 form (r, yParity|s),
    /// which OpenZeppelin's ECDSA checks for low s like the 65-byte form.
    struct SignedVoucher {
        Voucher voucher;
        bytes32 r;
        bytes32 vs;
    }

    /// @dev One slot per payer: the hot signing key and the current epoch.
    struct Payer {
        address signer;
        uint64 epoch;
    }

    /// @dev One slot per (payer, relay, token): cumulative amount already paid and the
    /// collateral still guaranteed to this relay.
    struct Channel {
        uint128 paid;
        uint128 collateral;
    }

    struct Pending {
        uint128 amount;
        uint64 unlockAt;
    }

    bytes32 public constant VOUCHER_TYPEHASH = keccak256(
        "Voucher(address payer,address relay,address token,uint256 cumulative,uint64 epoch,uint64 expiry)"
    );
    address public constant ETH = address(0);

    /// @notice Longest a voucher may be valid for, counted from the claim block.
    uint64 public immutable voucherLifetime;
    /// @notice Time a relay is given to claim after it sees a withdrawal request.
    uint64 public immutable claimWindow;
    /// @notice voucherLifetime + claimWindow.
    uint64 public immutable withdrawalDelay;

    mapping(address payer => Payer) private _payers;
    mapping(address payer => mapping(address token => uint256)) public free;
    mapping(address payer => mapping(address relay => mapping(address token => Channel))) private _channels;
    mapping(address relay => mapping(address token => uint256)) public earnings;
    mapping(address payer => mapping(address token => Pending)) private _withdrawals;
    mapping(address payer => mapping(address relay => mapping(address token => Pending))) private _releases;

    event Deposited(address indexed payer, address indexed token, uint256 amount);
    event SignerChanged(address indexed payer, address signer);
    event EpochBumped(address indexed payer, uint64 epoch);
    event CollateralAllocated(address indexed payer, address indexed relay, address indexed token, uint256 amount);
    event ReleaseRequested(address indexed payer, address indexed relay, address indexed token, uint256 amount, uint64 unlockAt);
    event CollateralReleased(address indexed payer, address indexed relay, address indexed token, uint256 amount);
    event WithdrawalRequested(address indexed payer, address indexed token, uint256 amount, uint64 unlockAt);
    event Withdrawn(address indexed payer, address indexed token, uint256 amount);
    /// @dev A single claim. `unpaid` is what the voucher still owes after this payment (shortfall).
    event Claimed(address indexed payer, address indexed relay, address token, uint256 paid, uint256 unpaid);
    /// @dev The claims of one batch in one token, packed to keep batches cheap: for each
    /// voucher, in batch order, 52 bytes = payer (20) || paid (16) || unpaid (16), the
    /// amounts big-endian. A batch spanning several tokens emits one event per run of
    /// consecutive vouchers in the same token.
    event ClaimedBatch(address indexed relay, address indexed token, bytes claims);
    event EarningsWithdrawn(address indexed relay, address indexed token, uint256 amount);

    error ZeroAmount();
    error AmountTooLarge(uint256 amount);
    error InsufficientBalance(uint256 available, uint256 requested);
    error NotRelay(address caller, address relay);
    error VoucherExpired(uint64 expiry);
    error VoucherLifetimeTooLong(uint64 expiry);
    error VoucherRevoked(uint64 epoch, uint64 current);
    error BadVoucherSignature(address recovered);
    error NothingToClaim(uint256 cumulative, uint256 paid);
    error NoFunds();
    error EmptyBatch();
    error NoPendingRequest();
    error StillLocked(uint64 unlockAt);
    error EthValueMismatch();
    error TransferFailed();
    error BadParameter();

    constructor(uint64 voucherLifetime_, uint64 claimWindow_) EIP712("weft RelayPayments", "1") {
        if (voucherLifetime_ == 0 || claimWindow_ == 0) revert BadParameter();
        voucherLifetime = voucherLifetime_;
        claimWindow = claimWindow_;
        withdrawalDelay = voucherLifetime_ + claimWindow_;
    }

    // ---------------------------------------------------------------- payer side

    /// @notice Deposits the sent ETH into the caller's free balance.
    function depositETH() external payable {
        if (msg.value == 0) revert ZeroAmount();
        free[msg.sender][ETH] += msg.value;
        emit Deposited(msg.sender, ETH, msg.value);
    }

    /// @notice Pulls `amount` of `token` from the caller (approve first) and credits what
    /// actually arrived (fee-on-transfer tokens are credited net).
    function deposit(IERC20 token, uint256 amount) external nonReentrant {
        if (address(token) == ETH) revert EthValueMismatch();
        if (amount == 0) revert ZeroAmount();
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received == 0) revert ZeroAmount();
        free[msg.sender][address(token)] += received;
        emit Deposited(msg.sender, address(token), received);
    }

    /// @notice Authorises `signer` (a hot key) to sign the caller's vouchers; the payer's
    /// own key always may. Replacing the signer invalidates the old signer's vouchers.
    function setSigner(address signer) external {
        _payers[msg.sender].signer = signer;
        emit SignerChanged(msg.sender, signer);
    }

    /// @notice Revokes every outstanding voucher of the caller: vouchers must carry the
    /// new epoch from now on. Cumulative amounts continue across epochs.
    function bumpEpoch() external {
        uint64 e = _payers[msg.sender].epoch + 1;
        _payers[msg.sender].epoch = e;
        emit EpochBumped(msg.sender, e);
    }

    /// @notice Moves `amount` from the caller's free balance to collateral guaranteed to
    /// `relay`, claimable only by that relay's vouchers.
    function allocate(address relay, address token, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        uint256 f = free[msg.sender][token];
        if (amount > f) revert InsufficientBalance(f, amount);
        Channel storage c = _channels[msg.sender][relay][token];
        uint256 coll = uint256(c.collateral) + amount;
        if (coll > type(uint128).max) revert AmountTooLarge(amount);
        free[msg.sender][token] = f - amount;
        c.collateral = uint128(coll);
        emit CollateralAllocated(msg.sender, relay, token, amount);
    }

    /// @notice Starts returning `amount` of `relay`'s collateral to the free balance; it
    /// stays claimable by the relay until {releaseCollateral} after {withdrawalDelay}.
    /// A new request replaces the previous one and restarts the delay.
    function requestRelease(address relay, address token, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        if (amount > type(uint128).max) revert AmountTooLarge(amount);
        uint64 unlockAt = uint64(block.timestamp) + withdrawalDelay;
        _releases[msg.sender][relay][token] = Pending(uint128(amount), unlockAt);
        emit ReleaseRequested(msg.sender, relay, token, amount, unlockAt);
    }

    /// @notice Completes a release request: moves min(requested, remaining collateral)
    /// back to the free balance.
    function releaseCollateral(address relay, address token) external {
        Pending memory p = _releases[msg.sender][relay][token];
        if (p.amount == 0) revert NoPendingRequest();
        if (block.timestamp <= p.unlockAt) revert StillLocked(p.unlockAt);
        delete _releases[msg.sender][relay][token];
        Channel storage c = _channels[msg.sender][relay][token];
        uint128 amount = p.amount < c.collateral ? p.amount : c.collateral;
        c.collateral -= amount;
        free[msg.sender][token] += amount;
        emit CollateralReleased(msg.sender, relay, token, amount);
    }

    /// @notice Announces a withdrawal of `amount` from the free balance. The funds stay
    /// claimable until {withdraw} after {withdrawalDelay}. A new request replaces the
    /// previous one and restarts the delay.
    function requestWithdrawal(address token, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        if (amount > type(uint128).max) revert AmountTooLarge(amount);
        uint64 unlockAt = uint64(block.timestamp) + withdrawalDelay;
        _withdrawals[msg.sender][token] = Pending(uint128(amount), unlockAt);
        emit WithdrawalRequested(msg.sender, token, amount, unlockAt);
    }

    /// @notice Completes a withdrawal request: pays min(requested, free balance) to the caller.
    function withdraw(address token) external nonReentrant {
        Pending memory p = _withdrawals[msg.sender][token];
        if (p.amount == 0) revert NoPendingRequest();
        if (block.timestamp <= p.unlockAt) revert StillLocked(p.unlockAt);
        delete _withdrawals[msg.sender][token];
        uint256 f = free[msg.sender][token];
        uint256 amount = p.amount < f ? p.amount : f;
        if (amount == 0) revert NoFunds();
        free[msg.sender][token] = f - amount;
        emit Withdrawn(msg.sender, token, amount);
        _pay(token, msg.sender, amount);
    }

    // ---------------------------------------------------------------- relay side

    /// @notice Claims one voucher; the caller must be the voucher's relay. The signature
    /// is in ERC-2098 compact form (see {SignedVoucher}).
    /// @return paid what was credited to the caller's earnings now.
    function claim(Voucher calldata v, bytes32 r, bytes32 vs) external returns (uint256 paid) {
        uint256 unpaid;
        (paid, unpaid) = _claim(v, r, vs);
        earnings[msg.sender][v.token] += paid;
        emit Claimed(v.payer, msg.sender, v.token, paid, unpaid);
    }

    /// @notice Claims several vouchers (from different payers or tokens); every voucher
    /// must name the caller and be valid, or the whole batch reverts. Emits
    /// {ClaimedBatch} per run of vouchers in one token (order by token to save gas).
    /// @return total the sum credited, over all tokens.
    function claimBatch(SignedVoucher[] calldata items) external returns (uint256 total) {
        uint256 n = items.length;
        if (n == 0) revert EmptyBatch();
        address token = items[0].voucher.token;
        uint256 run;
        // 52 bytes per voucher, plus 32 bytes of slack for the last word written below.
        bytes memory log_ = new bytes(n * 52 + 32);
        uint256 start; // first voucher of the current token run
        for (uint256 i = 0; i < n; ++i) {
            SignedVoucher calldata it = items[i];
            if (it.voucher.token != token) {
                _flushRun(token, run, log_, start, i);
                token = it.voucher.token;
                run = 0;
                start = i;
            }
            (uint256 p, uint256 unpaid) = _claim(it.voucher, it.r, it.vs);
            address payer = it.voucher.payer;
            assembly ("memory-safe") {
                // p and unpaid are below 2^128 (cumulative amounts are checked in _claim).
                let at := add(add(log_, 32), mul(i, 52))
                mstore(at, shl(96, payer))
                mstore(add(at, 20), shl(128, p))
                mstore(add(at, 36), shl(128, unpaid))
            }
            unchecked {
                // Each p is below 2^128, and n is bounded by calldata size.
                run += p;
                total += p;
            }
        }
        _flushRun(token, run, log_, start, n);
    }

    /// @dev Credits a token run's sum and emits its packed claims (entries [from, to)).
    function _flushRun(address token, uint256 run, bytes memory log_, uint256 from, uint256 to) private {
        earnings[msg.sender][token] += run;
        bytes memory claims;
        assembly ("memory-safe") {
            // A view into log_: overwrite the word before entry `from` with the length.
            // Entries before `from` were already emitted and are not needed again.
            claims := add(log_, mul(from, 52))
            mstore(claims, mul(sub(to, from), 52))
        }
        emit ClaimedBatch(msg.sender, token, claims);
    }

    /// @notice Pays the caller's accumulated earnings in `token`.
    function withdrawEarnings(address token) external nonReentrant returns (uint256 amount) {
        amount = earnings[msg.sender][token];
        if (amount == 0) revert NoFunds();
        earnings[msg.sender][token] = 0;
        emit EarningsWithdrawn(msg.sender, token, amount);
        _pay(token, msg.sender, amount);
    }

    // ---------------------------------------------------------------- views

    function voucherDigest(Voucher calldata v) external view returns (bytes32) {
        return _digest(v);
    }

    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function payerInfo(address payer) external view returns (address signer, uint64 epoch) {
        Payer memory p = _payers[payer];
        return (p.signer, p.epoch);
    }

    function channel(address payer, address relay, address token)
        external
        view
        returns (uint256 paid, uint256 collateral)
    {
        Channel memory c = _channels[payer][relay][token];
        return (c.paid, c.collateral);
    }

    function pendingWithdrawal(address payer, address token) external view returns (uint256 amount, uint64 unlockAt) {
        Pending memory p = _withdrawals[payer][token];
        return (p.amount, p.unlockAt);
    }

    function pendingRelease(address payer, address relay, address token)
        external
        view
        returns (uint256 amount, uint64 unlockAt)
    {
        Pending memory p = _releases[payer][relay][token];
        return (p.amount, p.unlockAt);
    }

    /// @notice What claiming `v` now would pay, without checking its signature.
    function claimable(Voucher calldata v) external view returns (uint256) {
        Channel memory c = _channels[v.payer][v.relay][v.token];
        if (v.cumulative <= c.paid) return 0;
        uint256 owed = v.cumulative - c.paid;
        uint256 avail = uint256(c.collateral) + free[v.payer][v.token];
        return owed < avail ? owed : avail;
    }

    // ---------------------------------------------------------------- internals

    function _digest(Voucher calldata v) private view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(abi.encode(VOUCHER_TYPEHASH, v.payer, v.relay, v.token, v.cumulative, v.epoch, v.expiry))
        );
    }

    /// @dev Checks and settles one voucher; touches no external contract (the caller
    /// credits earnings and emits the event), so claims have no interactions at all.
    function _claim(Voucher calldata v, bytes32 r, bytes32 vs) private returns (uint256 pay, uint256 unpaid) {
        _check(v, r, vs);
        uint256 cumulative = v.cumulative;
        if (cumulative > type(uint128).max) revert AmountTooLarge(cumulative);
        Channel storage c = _channels[v.payer][msg.sender][v.token];
        uint256 already = c.paid;
        if (cumulative <= already) revert NothingToClaim(cumulative, already);
        uint256 coll = c.collateral;
        unchecked {
            // cumulative > already, and both fit in 128 bits.
            uint256 owed = cumulative - already;
            if (owed <= coll) {
                pay = owed;
                c.paid = uint128(cumulative);
                c.collateral = uint128(coll - owed);
            } else {
                pay = coll + _fromFree(v.payer, v.token, owed - coll);
                if (pay == 0) revert NoFunds();
                // already + pay <= cumulative < 2^128, and collateral is used up.
                c.paid = uint128(already + pay);
                c.collateral = 0;
            }
            unpaid = owed - pay;
        }
    }

    /// @dev Relay, expiry, lifetime, epoch and signature checks.
    function _check(Voucher calldata v, bytes32 r, bytes32 vs) private view {
        if (v.relay != msg.sender) revert NotRelay(msg.sender, v.relay);
        uint64 expiry = v.expiry;
        if (block.timestamp > expiry) revert VoucherExpired(expiry);
        unchecked {
            if (expiry - block.timestamp > voucherLifetime) revert VoucherLifetimeTooLong(expiry);
        }
        Payer storage p = _payers[v.payer];
        (address signer, uint64 epoch) = (p.signer, p.epoch);
        if (v.epoch != epoch) revert VoucherRevoked(v.epoch, epoch);
        address got = ECDSA.recover(_digest(v), r, vs);
        if (got != signer && got != v.payer) revert BadVoucherSignature(got);
    }

    /// @dev Takes up to `want` from the payer's free balance; returns what it took.
    function _fromFree(address payer, address token, uint256 want) private returns (uint256 got) {
        uint256 f = free[payer][token];
        got = want < f ? want : f;
        if (got != 0) free[payer][token] = f - got;
    }

    function _pay(address token, address to, uint256 amount) private {
        if (token == ETH) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert TransferFailed();
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }
}
