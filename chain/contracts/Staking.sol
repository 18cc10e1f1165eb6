// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AgoraToken} from "./AgoraToken.sol";
import {SubnetRegistry} from "./SubnetRegistry.sol";

/// @title Agora staking
/// @notice Tokens staked for a hotkey. Each hotkey has one position, owned by
/// the account that first staked for it: the hotkey itself or the coldkey that
/// registered it in the SubnetRegistry (so nobody can squat on another's
/// hotkey). Unstaking moves stake into unbonding, which the owner withdraws
/// once unbondingBlocks blocks have passed since the last unstake. Stake and
/// unbonding tokens are both slashable: slash (SLASHER_ROLE) burns from the
/// stake first, then from the unbonding amount, and records the evidence hash.
/// The cluster snapshots stakeOf / stakesOf at epoch boundaries (eth_call at
/// a block).
contract Staking is AccessControl {
    /// @notice The role allowed to slash (the cluster).
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");

    /// @notice The staked token.
    AgoraToken public immutable token;

    /// @notice The registry that names each hotkey's coldkey.
    SubnetRegistry public immutable registry;

    /// @notice Blocks between an unstake and the withdrawal it allows.
    uint64 public immutable unbondingBlocks;

    struct Position {
        address owner;
        uint64 releaseBlock;
        uint128 stake;
        uint128 unbonding;
    }

    mapping(address hotkey => Position) private _positions;

    /// @notice The sum of all stake and unbonding amounts held.
    uint256 public totalHeld;

    /// @notice owner staked amount for hotkey, whose stake is now `stake`.
    event Staked(address indexed hotkey, address indexed owner, uint256 amount, uint256 stake);
    /// @notice owner moved amount of hotkey's stake into unbonding until releaseBlock.
    event Unstaked(address indexed hotkey, address indexed owner, uint256 amount, uint64 releaseBlock);
    /// @notice owner withdrew hotkey's unbonded amount.
    event Withdrawn(address indexed hotkey, address indexed owner, uint256 amount);
    /// @notice amount of hotkey's tokens was burned for the evidence evidenceHash:
    /// fromStake from its stake, the rest from its unbonding amount.
    event Slashed(address indexed hotkey, bytes32 indexed evidenceHash, uint256 amount, uint256 fromStake);

    /// @notice The amount is zero.
    error ZeroAmount();
    /// @notice A zero address where an account is needed.
    error ZeroAddress();
    /// @notice The caller may not act for hotkey's position (owner is its owner, or
    /// the coldkey allowed to open it).
    error NotHotkeyOwner(address hotkey, address caller, address owner);
    /// @notice Unstaking more than the stake.
    error InsufficientStake(address hotkey, uint256 stake, uint256 amount);
    /// @notice The unbonding period has not passed (withdraw at releaseBlock).
    error StillUnbonding(address hotkey, uint64 releaseBlock);
    /// @notice Nothing is unbonding for hotkey.
    error NothingToWithdraw(address hotkey);
    /// @notice Slashing more than the hotkey's stake and unbonding amount.
    error SlashExceedsStake(address hotkey, uint256 slashable, uint256 amount);
    /// @notice An amount does not fit the position's 128 bits.
    error AmountTooLarge(uint256 amount);

    /// @param agoraToken The staked token.
    /// @param subnetRegistry The registry naming hotkeys' coldkeys.
    /// @param slasher The address granted SLASHER_ROLE; the deployer gets DEFAULT_ADMIN_ROLE.
    /// @param unbonding Blocks between an unstake and its withdrawal.
    constructor(AgoraToken agoraToken, SubnetRegistry subnetRegistry, address slasher, uint64 unbonding) {
        if (address(agoraToken) == address(0) || address(subnetRegistry) == address(0) || slasher == address(0)) {
            revert ZeroAddress();
        }
        token = agoraToken;
        registry = subnetRegistry;
        unbondingBlocks = unbonding;
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
        _grantRole(SLASHER_ROLE, slasher);
    }

    /// @notice Stakes amount of the caller's tokens (approved to this contract) for hotkey.
    function stake(address hotkey, uint256 amount) public {
        if (hotkey == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        if (amount > type(uint128).max) revert AmountTooLarge(amount);
        Position storage p = _positions[hotkey];
        address owner = p.owner;
        if (owner == address(0)) {
            if (msg.sender != hotkey) {
                address coldkey = registry.coldkeyOf(hotkey);
                if (coldkey != msg.sender) revert NotHotkeyOwner(hotkey, msg.sender, coldkey);
            }
            p.owner = msg.sender;
        } else if (owner != msg.sender) {
            revert NotHotkeyOwner(hotkey, msg.sender, owner);
        }
        uint256 staked = uint256(p.stake) + amount;
        if (staked > type(uint128).max) revert AmountTooLarge(staked);
        p.stake = uint128(staked);
        totalHeld += amount;
        emit Staked(hotkey, msg.sender, amount, staked);
        token.transferFrom(msg.sender, address(this), amount);
    }

    /// @notice stake, approving the transfer with an EIP-2612 permit of the
    /// caller for this contract, value amount, in the same transaction.
    /// @dev A permit already used (someone sent it first) is ignored: the
    /// allowance it gave is then spent as usual.
    function stakeWithPermit(address hotkey, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
    {
        try token.permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        stake(hotkey, amount);
    }

    /// @notice Moves amount of hotkey's stake into unbonding; the whole
    /// unbonding amount is released unbondingBlocks blocks from now.
    function unstake(address hotkey, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Position storage p = _owned(hotkey);
        uint256 staked = p.stake;
        if (amount > staked) revert InsufficientStake(hotkey, staked, amount);
        uint64 release = uint64(block.number) + unbondingBlocks;
        unchecked {
            p.stake = uint128(staked - amount);
        }
        p.unbonding += uint128(amount);
        p.releaseBlock = release;
        emit Unstaked(hotkey, msg.sender, amount, release);
    }

    /// @notice Pays hotkey's unbonding amount to its owner once released.
    function withdraw(address hotkey) external {
        Position storage p = _owned(hotkey);
        uint256 amount = p.unbonding;
        if (amount == 0) revert NothingToWithdraw(hotkey);
        if (block.number < p.releaseBlock) revert StillUnbonding(hotkey, p.releaseBlock);
        p.unbonding = 0;
        p.releaseBlock = 0;
        if (p.stake == 0) p.owner = address(0); // an empty position may be opened again
        totalHeld -= amount;
        emit Withdrawn(hotkey, msg.sender, amount);
        token.transfer(msg.sender, amount);
    }

    /// @notice Burns amount of hotkey's tokens, from its stake first and then
    /// from its unbonding amount, for the evidence evidenceHash (SLASHER_ROLE only).
    function slash(address hotkey, uint256 amount, bytes32 evidenceHash) external onlyRole(SLASHER_ROLE) {
        if (amount == 0) revert ZeroAmount();
        Position storage p = _positions[hotkey];
        uint256 staked = p.stake;
        uint256 unbonding = p.unbonding;
        if (amount > staked + unbonding) revert SlashExceedsStake(hotkey, staked + unbonding, amount);
        uint256 fromStake = amount < staked ? amount : staked;
        unchecked {
            p.stake = uint128(staked - fromStake);
            p.unbonding = uint128(unbonding - (amount - fromStake));
        }
        totalHeld -= amount;
        emit Slashed(hotkey, evidenceHash, amount, fromStake);
        token.burn(amount);
    }

    /// @notice hotkey's stake (not counting unbonding tokens).
    function stakeOf(address hotkey) external view returns (uint256) {
        return _positions[hotkey].stake;
    }

    /// @notice The stakes of many hotkeys, for a snapshot.
    function stakesOf(address[] calldata hotkeys) external view returns (uint256[] memory stakes) {
        stakes = new uint256[](hotkeys.length);
        for (uint256 i = 0; i < hotkeys.length; ++i) {
            stakes[i] = _positions[hotkeys[i]].stake;
        }
    }

    /// @notice hotkey's unbonding amount and the block from which it can be withdrawn.
    function unbondingOf(address hotkey) external view returns (uint256 amount, uint64 releaseBlock) {
        Position storage p = _positions[hotkey];
        return (p.unbonding, p.releaseBlock);
    }

    /// @notice The owner of hotkey's position (zero when none is open).
    function ownerOf(address hotkey) external view returns (address) {
        return _positions[hotkey].owner;
    }

    /// @dev The caller's position for hotkey; reverts unless the caller owns it.
    function _owned(address hotkey) private view returns (Position storage p) {
        p = _positions[hotkey];
        if (p.owner != msg.sender) revert NotHotkeyOwner(hotkey, msg.sender, p.owner);
    }
}
