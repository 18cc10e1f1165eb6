// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title Agora token (AGR)
/// @notice The ERC-20 in which Agora pays its epoch emissions, with EIP-2612
/// permit. Amounts are base units with 9 decimals, so every amount Agora
/// computes fits a uint64; the total supply is capped at MAX_SUPPLY
/// (2^128 − 1 base units).
/// @dev Only MINTER_ROLE mints. In a full deployment (DeployContracts in Go)
/// the only minter is the Emission contract, which mints each settled epoch
/// into itself (settle) or straight to the recipients (distribute, through
/// mintBatch). payEpoch is the older push path the devnet uses: its minter is
/// the validator cluster's settlement key, and it refuses an epoch that is not
/// newer than the last one paid for that subnet, so a leader that dies
/// mid-transaction and its successor can never pay twice.
///
/// Claims: the Emission contract fixed at deployment (`emission`, immutable)
/// books each Merkle claim here with payClaim, which moves the amount from
/// the Emission contract's balance (what settle minted and claims have not
/// paid yet) to the account and records the account's claimed cumulative
/// amount. That amount lives in the same storage word as the account's
/// balance, so a first claim creates one storage slot, not two:
///
///   _account[a] = claimed(a) << 128 | balanceOf(a)
///
/// No balance carries into the high half: every balance is at most the total
/// supply, which mints keep at or below MAX_SUPPLY = 2^128 − 1. Every other
/// path that moves tokens (transfer, transferFrom, mint, mintBatch, burn,
/// burnFrom, payEpoch) changes the low half only, so an account's claimed
/// amount changes with its own claims alone and survives any transfer in or
/// out; a zero balance with a claimed amount keeps its slot. The Emission
/// contract cannot claim, so its word is its balance alone.
///
/// Balances and the total supply live in this contract's own storage rather
/// than ERC20's private fields, so that mintBatch can credit many recipients
/// with one supply update and claims can share the balance slot. Every change
/// still keeps ERC20's checks, errors and Transfer events (a claim emits
/// Transfer(emission, account, amount)), and the balances still sum to the
/// total supply: this stays a plain ERC-20 to wallets and indexers.
contract AgoraToken is ERC20Permit, AccessControl {
    /// @notice The role allowed to mint: mint, mintBatch and payEpoch.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @notice The largest total supply, in base units: 2^128 − 1, so that
    /// a balance fits the low half of its storage word.
    uint256 public constant MAX_SUPPLY = type(uint128).max;

    /// @notice The Emission contract whose claims payClaim books, fixed at
    /// deployment; the zero address if claims are not used (payClaim then
    /// always reverts).
    address public immutable emission;

    /// @notice The last epoch paid with payEpoch for each subnet (0: none yet).
    mapping(uint16 subnet => uint64 epoch) public lastPaidEpoch;

    /// @dev Per account, claimed(account) << 128 | balanceOf(account).
    mapping(address account => uint256) private _account;
    uint256 private _supply;

    /// @notice Emitted once per epoch paid with payEpoch.
    /// @param subnet The subnet whose epoch was paid.
    /// @param epoch The epoch number paid.
    /// @param total The sum of the amounts minted, in base units.
    /// @param recipients The number of recipients (entries) paid.
    event EpochPaid(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients);

    /// @notice The epoch is not newer than the last one paid for the subnet.
    error EpochAlreadyPaid(uint16 subnet, uint64 epoch, uint64 last);

    /// @notice recipients and amounts have different lengths.
    error LengthMismatch(uint256 recipients, uint256 amounts);

    /// @notice The minter given to the constructor is the zero address.
    error ZeroMinter();

    /// @notice A mint would take the total supply above MAX_SUPPLY (the
    /// error of OpenZeppelin's ERC20Capped).
    error ERC20ExceededCap(uint256 increasedSupply, uint256 cap);

    /// @notice payClaim was called by another address than `emission`.
    error NotEmission(address caller);

    /// @notice account has already claimed cumulative or more.
    error NothingToClaim(address account, uint256 cumulative, uint256 claimed);

    /// @notice A claimed cumulative amount above MAX_SUPPLY, which the high
    /// half of the account's word cannot hold.
    error CumulativeAboveCap(uint256 cumulative, uint256 cap);

    /// @param minter The address granted MINTER_ROLE; the deployer gets DEFAULT_ADMIN_ROLE.
    /// @param emissionContract The Emission contract allowed to call payClaim
    /// (it may not exist yet: DeployContracts passes the address it will
    /// have), or the zero address for a token without claims.
    constructor(address minter, address emissionContract) ERC20("Agora", "AGR") ERC20Permit("Agora") {
        if (minter == address(0)) revert ZeroMinter();
        emission = emissionContract;
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
        _grantRole(MINTER_ROLE, minter);
    }

    /// @notice Agora amounts are base units with 9 decimals.
    function decimals() public pure override returns (uint8) {
        return 9;
    }

    /// @inheritdoc ERC20
    function totalSupply() public view override returns (uint256) {
        return _supply;
    }

    /// @inheritdoc ERC20
    function balanceOf(address account) public view override returns (uint256) {
        return uint128(_account[account]);
    }

    /// @notice The cumulative amount account has claimed through payClaim
    /// (Emission's claims), 0 if none.
    function claimed(address account) external view returns (uint256) {
        return _account[account] >> 128;
    }

    /// @notice Mints amount base units to `to`.
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @notice Mints to many recipients in one call, with one Transfer event
    /// from the zero address per entry, and returns the sum minted.
    /// @dev Each entry packs a recipient and an amount into one word:
    /// `uint256(uint160(recipient)) << 96 | amount`, amount < 2^96. Reverts
    /// with ERC20InvalidReceiver for a zero recipient. A recipient may appear
    /// more than once. No balance can carry into its claimed half: each is at
    /// most the total supply, whose update at the end is checked against
    /// MAX_SUPPLY (a batch that would pass it reverts as a whole).
    /// @param packed The entries, recipient in the high 160 bits.
    /// @return total The sum of the amounts.
    function mintBatch(bytes32[] calldata packed) external onlyRole(MINTER_ROLE) returns (uint256 total) {
        assembly ("memory-safe") {
            mstore(0x20, _account.slot)
            let p := packed.offset
            let end := add(p, shl(5, packed.length))
            for {} lt(p, end) { p := add(p, 0x20) } {
                let e := calldataload(p)
                let to := shr(96, e)
                let amount := and(e, 0xffffffffffffffffffffffff)
                if iszero(to) {
                    mstore(0, 0xec442f05) // ERC20InvalidReceiver(address(0))
                    mstore(0x20, 0)
                    revert(0x1c, 0x24)
                }
                mstore(0, to)
                let slot := keccak256(0, 0x40)
                sstore(slot, add(sload(slot), amount))
                total := add(total, amount)
                mstore(0, amount)
                // Transfer(address indexed from, address indexed to, uint256 value)
                log3(0, 0x20, 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef, 0, to)
            }
        }
        _increaseSupply(total);
    }

    /// @notice Burns amount of the caller's tokens.
    function burn(uint256 amount) external {
        _burn(msg.sender, amount);
    }

    /// @notice Burns amount of account's tokens, spending the caller's allowance.
    function burnFrom(address account, uint256 amount) external {
        _spendAllowance(account, msg.sender, amount);
        _burn(account, amount);
    }

    /// @notice Pays one epoch of a subnet: mints amounts[i] to recipients[i].
    /// @dev Reverts with EpochAlreadyPaid unless epoch > lastPaidEpoch[subnet]
    /// (so epoch 0 is never payable), with LengthMismatch unless the arrays
    /// have equal lengths, and with ERC20InvalidReceiver for a zero recipient.
    /// @param subnet The subnet whose epoch is paid.
    /// @param epoch The epoch number, greater than the last one paid.
    /// @param recipients The addresses to pay; an address may appear more than once.
    /// @param amounts The amounts in base units, one per recipient.
    function payEpoch(uint16 subnet, uint64 epoch, address[] calldata recipients, uint256[] calldata amounts)
        external
        onlyRole(MINTER_ROLE)
    {
        uint64 last = lastPaidEpoch[subnet];
        if (epoch <= last) revert EpochAlreadyPaid(subnet, epoch, last);
        if (recipients.length != amounts.length) revert LengthMismatch(recipients.length, amounts.length);
        lastPaidEpoch[subnet] = epoch;
        uint256 total;
        for (uint256 i = 0; i < recipients.length; ++i) {
            total += amounts[i];
            _mint(recipients[i], amounts[i]);
        }
        emit EpochPaid(subnet, epoch, total, recipients.length);
    }

    /// @notice Books a Merkle claim for the Emission contract: pays account
    /// cumulative minus claimed(account) from the Emission contract's balance
    /// and records cumulative as claimed(account), emitting
    /// Transfer(emission, account, amount). Emission.claim checks the proof
    /// first; this function trusts its caller for that.
    /// @dev Reverts with NotEmission unless the caller is `emission`, with
    /// ERC20InvalidReceiver for the zero address or `emission` itself as the
    /// account, with CumulativeAboveCap above MAX_SUPPLY, with NothingToClaim
    /// unless cumulative > claimed(account), and with ERC20InsufficientBalance
    /// if the Emission contract holds less than the amount (the settled
    /// totals do not cover the tree). One storage word of the account and
    /// one of the Emission contract change.
    /// @param account The account paid.
    /// @param cumulative account's cumulative amount in the settled tree.
    /// @return amount What was paid: cumulative minus what was claimed before.
    function payClaim(address account, uint256 cumulative) external returns (uint256 amount) {
        address from = emission;
        if (msg.sender != from) revert NotEmission(msg.sender);
        if (account == address(0) || account == from) revert ERC20InvalidReceiver(account);
        if (cumulative > MAX_SUPPLY) revert CumulativeAboveCap(cumulative, MAX_SUPPLY);
        uint256 word = _account[account];
        uint256 already = word >> 128;
        if (cumulative <= already) revert NothingToClaim(account, cumulative, already);
        unchecked {
            amount = cumulative - already;
        }
        uint256 reserveWord = _account[from];
        uint256 reserve = uint128(reserveWord);
        if (reserve < amount) revert ERC20InsufficientBalance(from, reserve, amount);
        unchecked {
            _account[from] = reserveWord - amount;
            // The new balance is at most the supply, so it stays in the low
            // half; cumulative <= MAX_SUPPLY fills the high half exactly.
            _account[account] = cumulative << 128 | (uint128(word) + amount);
        }
        emit Transfer(from, account, amount);
    }

    /// @dev ERC20's _update over this contract's storage, with the same
    /// checks, errors and event, and the supply cap. Only the low (balance)
    /// half of a word changes: a sender's balance is at least value, and a
    /// receiver's new balance is at most the supply, at most MAX_SUPPLY.
    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0)) {
            _increaseSupply(value);
        } else {
            uint256 word = _account[from];
            uint256 fromBalance = uint128(word);
            if (fromBalance < value) revert ERC20InsufficientBalance(from, fromBalance, value);
            unchecked {
                _account[from] = word - value;
            }
        }
        if (to == address(0)) {
            unchecked {
                _supply -= value;
            }
        } else {
            unchecked {
                _account[to] += value;
            }
        }
        emit Transfer(from, to, value);
    }

    /// @dev Adds value to the total supply, reverting with ERC20ExceededCap
    /// above MAX_SUPPLY (and with an overflow panic for a value near 2^256).
    function _increaseSupply(uint256 value) private {
        uint256 supply = _supply + value;
        if (supply > MAX_SUPPLY) revert ERC20ExceededCap(supply, MAX_SUPPLY);
        _supply = supply;
    }
}
