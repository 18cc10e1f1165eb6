// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title Agora token (AGR)
/// @notice The ERC-20 in which Agora pays its epoch emissions, with EIP-2612
/// permit. Amounts are base units with 9 decimals, so every amount Agora
/// computes fits a uint64.
/// @dev Only MINTER_ROLE mints. In a full deployment (DeployContracts in Go)
/// the only minter is the Emission contract, which mints each settled epoch
/// into itself (settle) or straight to the recipients (distribute, through
/// mintBatch). payEpoch is the older push path the devnet uses: its minter is
/// the validator cluster's settlement key, and it refuses an epoch that is not
/// newer than the last one paid for that subnet, so a leader that dies
/// mid-transaction and its successor can never pay twice.
///
/// Balances and the total supply live in this contract's own storage rather
/// than ERC20's private fields, so that mintBatch can credit many recipients
/// with one supply update. Every change still goes through _update, which
/// keeps ERC20's checks, errors and Transfer events: this stays a plain
/// ERC-20 to wallets and indexers.
contract AgoraToken is ERC20Permit, AccessControl {
    /// @notice The role allowed to mint: mint, mintBatch and payEpoch.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @notice The last epoch paid with payEpoch for each subnet (0: none yet).
    mapping(uint16 subnet => uint64 epoch) public lastPaidEpoch;

    mapping(address account => uint256) private _balance;
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

    /// @param minter The address granted MINTER_ROLE; the deployer gets DEFAULT_ADMIN_ROLE.
    constructor(address minter) ERC20("Agora", "AGR") ERC20Permit("Agora") {
        if (minter == address(0)) revert ZeroMinter();
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
        return _balance[account];
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
    /// more than once. No balance can overflow: each is at most the total
    /// supply, whose update at the end is checked.
    /// @param packed The entries, recipient in the high 160 bits.
    /// @return total The sum of the amounts.
    function mintBatch(bytes32[] calldata packed) external onlyRole(MINTER_ROLE) returns (uint256 total) {
        assembly ("memory-safe") {
            mstore(0x20, _balance.slot)
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
        _supply += total;
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

    /// @dev ERC20's _update over this contract's storage, with the same
    /// checks, errors and event.
    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0)) {
            _supply += value; // checked: every balance is at most the supply
        } else {
            uint256 fromBalance = _balance[from];
            if (fromBalance < value) revert ERC20InsufficientBalance(from, fromBalance, value);
            unchecked {
                _balance[from] = fromBalance - value;
            }
        }
        if (to == address(0)) {
            unchecked {
                _supply -= value;
            }
        } else {
            unchecked {
                _balance[to] += value;
            }
        }
        emit Transfer(from, to, value);
    }
}
