// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title Agora token (AGR)
/// @notice The ERC-20 in which Agora pays its epoch emissions. Amounts are
/// base units with 9 decimals, so every amount Agora computes fits a uint64.
/// @dev The validator cluster's settlement key holds MINTER_ROLE and pays each
/// finished epoch of a subnet exactly once with payEpoch: the contract refuses
/// an epoch that is not newer than the last one paid for that subnet, so a
/// leader that dies mid-transaction and its successor can never pay twice.
contract AgoraToken is ERC20, AccessControl {
    /// @notice The role allowed to call payEpoch.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @notice The last epoch paid for each subnet (0: none yet).
    mapping(uint16 subnet => uint64 epoch) public lastPaidEpoch;

    /// @notice Emitted once per paid epoch.
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
    constructor(address minter) ERC20("Agora", "AGR") {
        if (minter == address(0)) revert ZeroMinter();
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
        _grantRole(MINTER_ROLE, minter);
    }

    /// @notice Agora amounts are base units with 9 decimals.
    function decimals() public pure override returns (uint8) {
        return 9;
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
}
