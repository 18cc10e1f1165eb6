// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AgoraToken} from "./AgoraToken.sol";
import {SubnetRegistry} from "./SubnetRegistry.sol";

/// @title Agora emission
/// @notice Pays each subnet's epochs exactly once, in one of two modes that
/// share one epoch counter per subnet: an epoch is accepted only if it is
/// newer than the last one settled for the subnet, so a second call for the
/// same or an earlier epoch reverts whichever mode it uses.
///
/// Merkle mode: one tree of every account's cumulative earnings across all
/// subnets, whatever subnet they came from. settle(subnet, epoch, root,
/// total) (SETTLER_ROLE) advances the subnet's epoch counter, makes root the
/// current root (the old one stays valid as the previous root) and mints
/// total, what the tree's cumulative amounts grew by, into this contract.
/// claim(account, cumulative, proof) pays account the difference between
/// cumulative and what it already claimed, so one claim collects any number
/// of epochs of any number of subnets; a proof against the previous root is
/// accepted too, so a claim sent just before a settlement still lands. The
/// token books the claim (AgoraToken.payClaim): it keeps each account's
/// claimed amount in the same storage word as its balance, so a first claim
/// creates one storage slot. A claim emits no event of its own (that would
/// add 2,000 gas to each): the token's Transfer from this contract to the
/// account records it, and claimed(account) reads the total.
///
/// Push mode: distribute(subnet, epoch, packed) (SETTLER_ROLE) mints straight
/// to the recipients, one word of calldata each (AgoraToken.mintBatch).
///
/// Tree format (chain/merkle.go builds the same):
///   leaf = keccak256(0x00 ‖ abi.encode(chainid, address(this), account, cumulative))
///   node = keccak256(0x01 ‖ min(a, b) ‖ max(a, b))
/// Leaves are sorted ascending and paired left to right, level by level; an
/// odd node at the end of a level moves up unchanged. A proof lists the
/// sibling hashes from the leaf up; the pairs are sorted, so no positions are
/// needed. The one-byte prefixes keep leaves and nodes apart, and the leaf
/// binds the chain, this contract, the account and its cumulative amount.
contract Emission is AccessControl {
    /// @notice The role allowed to settle and distribute (the cluster).
    bytes32 public constant SETTLER_ROLE = keccak256("SETTLER_ROLE");

    /// @notice The token minted and paid; its `emission` is this contract.
    AgoraToken public immutable token;

    /// @notice The registry whose subnets may be paid.
    SubnetRegistry public immutable registry;

    /// @notice The last epoch settled for each subnet in either mode (0: none).
    mapping(uint16 subnet => uint64 epoch) public lastSettledEpoch;

    /// @dev The tree's current root and the one before it (zero when unset).
    bytes32 private _root;
    bytes32 private _previousRoot;

    /// @notice An epoch was settled in Merkle mode; root is the tree's new root.
    event Settled(uint16 indexed subnet, uint64 indexed epoch, bytes32 root, uint256 total);
    /// @notice An epoch was paid in push mode.
    event Distributed(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients);

    /// @notice The epoch is not newer than the last one settled for the subnet.
    error EpochAlreadySettled(uint16 subnet, uint64 epoch, uint64 last);
    /// @notice No subnet has this id in the registry.
    error UnknownSubnet(uint16 subnet);
    /// @notice A zero root.
    error ZeroRoot();
    /// @notice A push-mode batch without recipients.
    error EmptyBatch();
    /// @notice The proof does not lead to the current or previous root.
    error InvalidProof();
    /// @notice A zero address where a contract or role holder is needed.
    error ZeroAddress();

    /// @param agoraToken The token; this contract needs its MINTER_ROLE and
    /// must be its `emission` (fixed in the token's constructor, before this
    /// contract exists), or every claim reverts with the token's NotEmission.
    /// @param subnetRegistry The registry of subnets.
    /// @param settler The address granted SETTLER_ROLE; the deployer gets DEFAULT_ADMIN_ROLE.
    constructor(AgoraToken agoraToken, SubnetRegistry subnetRegistry, address settler) {
        if (address(agoraToken) == address(0) || address(subnetRegistry) == address(0) || settler == address(0)) {
            revert ZeroAddress();
        }
        token = agoraToken;
        registry = subnetRegistry;
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
        _grantRole(SETTLER_ROLE, settler);
    }

    /// @notice Settles epoch of subnet in Merkle mode: root becomes the
    /// current root (the old one stays valid as the previous root; a root
    /// equal to the current one leaves both as they are) and total is minted
    /// into this contract for the claims.
    /// @param subnet The subnet.
    /// @param epoch The epoch, newer than lastSettledEpoch(subnet).
    /// @param root The root of the tree of every account's cumulative amount; not zero.
    /// @param total The epoch's emission, what the tree's cumulative amounts grew by.
    function settle(uint16 subnet, uint64 epoch, bytes32 root, uint256 total) external onlyRole(SETTLER_ROLE) {
        if (root == bytes32(0)) revert ZeroRoot();
        _advance(subnet, epoch);
        bytes32 current = _root;
        if (root != current) {
            _previousRoot = current;
            _root = root;
        }
        emit Settled(subnet, epoch, root, total);
        if (total != 0) token.mint(address(this), total);
    }

    /// @notice Pays epoch of subnet in push mode, minting to each recipient.
    /// @param subnet The subnet.
    /// @param epoch The epoch, newer than lastSettledEpoch(subnet).
    /// @param packed One word per recipient: `uint256(uint160(recipient)) << 96 | amount`, amount < 2^96.
    function distribute(uint16 subnet, uint64 epoch, bytes32[] calldata packed) external onlyRole(SETTLER_ROLE) {
        if (packed.length == 0) revert EmptyBatch();
        _advance(subnet, epoch);
        uint256 total = token.mintBatch(packed);
        emit Distributed(subnet, epoch, total, packed.length);
    }

    /// @notice Pays account what it earned and has not claimed: cumulative
    /// minus claimed(account). Anyone may send the claim; the tokens go to
    /// account. Reverts with InvalidProof unless the proof leads to the
    /// current or previous root; then with the token's errors
    /// (AgoraToken.payClaim): NothingToClaim if cumulative is not above what
    /// was claimed, ERC20InvalidReceiver for the zero address, and
    /// ERC20InsufficientBalance should the settled totals not cover it.
    /// @param account The account paid.
    /// @param cumulative account's cumulative amount in the tree.
    /// @param proof The sibling hashes from account's leaf to the root.
    /// @return amount What was paid.
    function claim(address account, uint256 cumulative, bytes32[] calldata proof) external returns (uint256 amount) {
        bytes32 computed = _computeRoot(leafHash(account, cumulative), proof);
        if (computed != _root && computed != _previousRoot) revert InvalidProof();
        return token.payClaim(account, cumulative);
    }

    /// @notice The cumulative amount account has claimed (AgoraToken.claimed).
    function claimed(address account) external view returns (uint256) {
        return token.claimed(account);
    }

    /// @notice The tree's current and previous roots (zero when unset).
    function roots() external view returns (bytes32 root, bytes32 previousRoot) {
        return (_root, _previousRoot);
    }

    /// @notice The leaf of account's cumulative amount.
    function leafHash(address account, uint256 cumulative) public view returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore8(m, 0)
            mstore(add(m, 0x01), chainid())
            mstore(add(m, 0x21), address())
            mstore(add(m, 0x41), account)
            mstore(add(m, 0x61), cumulative)
            h := keccak256(m, 0x81)
        }
    }

    /// @notice Whether proof shows account's cumulative amount against the
    /// current or previous root.
    function verify(address account, uint256 cumulative, bytes32[] calldata proof) external view returns (bool) {
        bytes32 computed = _computeRoot(leafHash(account, cumulative), proof);
        return computed != bytes32(0) && (computed == _root || computed == _previousRoot);
    }

    /// @dev Checks that epoch is newer than the subnet's last and that the
    /// subnet exists, and records epoch as the last.
    function _advance(uint16 subnet, uint64 epoch) private {
        uint64 last = lastSettledEpoch[subnet];
        if (epoch <= last) revert EpochAlreadySettled(subnet, epoch, last);
        // A subnet with a settled epoch was checked then; subnets are never removed.
        if (last == 0 && !registry.subnetExists(subnet)) revert UnknownSubnet(subnet);
        lastSettledEpoch[subnet] = epoch;
    }

    /// @dev Hashes leaf up the proof with sorted, 0x01-prefixed pairs.
    function _computeRoot(bytes32 leaf, bytes32[] calldata proof) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore8(m, 1)
            let lo := add(m, 0x01)
            let hi := add(m, 0x21)
            h := leaf
            let p := proof.offset
            for { let end := add(p, shl(5, proof.length)) } lt(p, end) { p := add(p, 0x20) } {
                let sib := calldataload(p)
                // Branch-free sort of (h, sib): swap = sib < h.
                let d := mul(xor(h, sib), lt(sib, h))
                mstore(lo, xor(h, d))
                mstore(hi, xor(sib, d))
                h := keccak256(m, 0x41)
            }
        }
    }
}
