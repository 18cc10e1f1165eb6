// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AgoraToken} from "./AgoraToken.sol";

/// @title Agora subnet registry
/// @notice Subnets and registrations on chain. Creating a subnet locks the
/// current lock cost of the owner's tokens in this contract; registering a
/// hotkey on a subnet burns the subnet's current registration price, paid by
/// the coldkey that sends the transaction. The validator cluster reads the
/// SubnetCreated and Registered events and turns them into ledger commands;
/// it also runs the registration price's dynamics and publishes the price
/// here with setRegistrationPrice (PRICE_ROLE).
/// @dev Hotkey ownership follows subtensor: the first coldkey to register a
/// hotkey owns it, and another coldkey cannot register it. Whether a
/// registration yields a uid (and which neuron it prunes) is the cluster's
/// decision; the contract only takes the burn and records the event.
contract SubnetRegistry is AccessControl {
    /// @notice The role allowed to set registration prices (the cluster).
    bytes32 public constant PRICE_ROLE = keccak256("PRICE_ROLE");

    /// @notice The token locked and burned.
    AgoraToken public immutable token;

    /// @notice The number of subnets created; subnet ids run from 1 to it.
    uint16 public subnetCount;

    /// @notice The amount a new subnet locks from its owner.
    uint256 public subnetLockCost;

    /// @notice The registration price a new subnet starts at.
    uint256 public initialRegistrationPrice;

    struct Subnet {
        address owner;
        uint256 locked;
        uint256 registrationPrice;
    }

    mapping(uint16 subnet => Subnet) private _subnets;

    /// @notice The coldkey owning each hotkey (zero: never registered).
    mapping(address hotkey => address coldkey) public coldkeyOf;

    /// @notice A subnet was created.
    /// @param subnet The new subnet's id.
    /// @param owner The coldkey that created it and whose tokens it locked.
    /// @param locked The amount locked.
    /// @param registrationPrice The subnet's first registration price.
    event SubnetCreated(uint16 indexed subnet, address indexed owner, uint256 locked, uint256 registrationPrice);

    /// @notice A hotkey was registered on a subnet.
    /// @param subnet The subnet.
    /// @param hotkey The registered hotkey.
    /// @param coldkey The coldkey that paid and owns the hotkey.
    /// @param burned The price burned.
    event Registered(uint16 indexed subnet, address indexed hotkey, address indexed coldkey, uint256 burned);

    /// @notice The cluster set a subnet's registration price.
    event RegistrationPriceSet(uint16 indexed subnet, uint256 price);

    /// @notice The admin set the subnet lock cost or the initial registration price.
    event SubnetTermsSet(uint256 lockCost, uint256 initialRegistrationPrice);

    /// @notice No subnet has this id.
    error UnknownSubnet(uint16 subnet);
    /// @notice A zero address where an account is needed.
    error ZeroAddress();
    /// @notice The hotkey belongs to another coldkey.
    error HotkeyOwnedByOther(address hotkey, address coldkey);
    /// @notice The price to pay is above the caller's limit.
    error PriceAboveMax(uint256 price, uint256 max);
    /// @notice All 65,535 subnet ids are taken.
    error TooManySubnets();

    /// @param agoraToken The token.
    /// @param pricer The address granted PRICE_ROLE; the deployer gets DEFAULT_ADMIN_ROLE.
    /// @param lockCost The initial subnet lock cost.
    /// @param registrationPrice The initial registration price of new subnets.
    constructor(AgoraToken agoraToken, address pricer, uint256 lockCost, uint256 registrationPrice) {
        if (address(agoraToken) == address(0) || pricer == address(0)) revert ZeroAddress();
        token = agoraToken;
        subnetLockCost = lockCost;
        initialRegistrationPrice = registrationPrice;
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
        _grantRole(PRICE_ROLE, pricer);
    }

    /// @notice Creates a subnet owned by the caller, locking subnetLockCost of
    /// its tokens (it must have approved this contract for them).
    /// @param maxLock The most the caller agrees to lock.
    /// @return subnet The new subnet's id.
    function createSubnet(uint256 maxLock) external returns (uint16 subnet) {
        uint256 cost = subnetLockCost;
        if (cost > maxLock) revert PriceAboveMax(cost, maxLock);
        uint16 count = subnetCount;
        if (count == type(uint16).max) revert TooManySubnets();
        subnet = count + 1;
        subnetCount = subnet;
        uint256 price = initialRegistrationPrice;
        _subnets[subnet] = Subnet({owner: msg.sender, locked: cost, registrationPrice: price});
        emit SubnetCreated(subnet, msg.sender, cost, price);
        if (cost != 0) token.transferFrom(msg.sender, address(this), cost);
    }

    /// @notice Registers hotkey on subnet for the calling coldkey, burning the
    /// subnet's current registration price from the caller (which must have
    /// approved this contract for it).
    /// @param subnet The subnet.
    /// @param hotkey The hotkey to register.
    /// @param maxPrice The most the caller agrees to burn.
    function register(uint16 subnet, address hotkey, uint256 maxPrice) public {
        if (hotkey == address(0)) revert ZeroAddress();
        Subnet storage s = _subnets[subnet];
        if (s.owner == address(0)) revert UnknownSubnet(subnet);
        address owner = coldkeyOf[hotkey];
        if (owner == address(0)) {
            coldkeyOf[hotkey] = msg.sender;
        } else if (owner != msg.sender) {
            revert HotkeyOwnedByOther(hotkey, owner);
        }
        uint256 price = s.registrationPrice;
        if (price > maxPrice) revert PriceAboveMax(price, maxPrice);
        emit Registered(subnet, hotkey, msg.sender, price);
        if (price != 0) token.burnFrom(msg.sender, price);
    }

    /// @notice register, approving the burn with an EIP-2612 permit of the
    /// caller for this contract, value maxPrice, in the same transaction.
    /// @dev A permit already used (someone sent it first) is ignored: the
    /// allowance it gave is then spent as usual.
    function registerWithPermit(
        uint16 subnet,
        address hotkey,
        uint256 maxPrice,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external {
        try token.permit(msg.sender, address(this), maxPrice, deadline, v, r, s) {} catch {}
        register(subnet, hotkey, maxPrice);
    }

    /// @notice Sets a subnet's registration price (PRICE_ROLE only).
    function setRegistrationPrice(uint16 subnet, uint256 price) external onlyRole(PRICE_ROLE) {
        Subnet storage s = _subnets[subnet];
        if (s.owner == address(0)) revert UnknownSubnet(subnet);
        s.registrationPrice = price;
        emit RegistrationPriceSet(subnet, price);
    }

    /// @notice Sets the lock cost and initial registration price of subnets
    /// created from now on (DEFAULT_ADMIN_ROLE only).
    function setSubnetTerms(uint256 lockCost, uint256 registrationPrice) external onlyRole(DEFAULT_ADMIN_ROLE) {
        subnetLockCost = lockCost;
        initialRegistrationPrice = registrationPrice;
        emit SubnetTermsSet(lockCost, registrationPrice);
    }

    /// @notice Whether subnet exists.
    function subnetExists(uint16 subnet) external view returns (bool) {
        return _subnets[subnet].owner != address(0);
    }

    /// @notice A subnet's owner, locked amount and current registration price.
    /// Reverts with UnknownSubnet for an id never created.
    function subnetInfo(uint16 subnet) external view returns (address owner, uint256 locked, uint256 registrationPrice) {
        Subnet storage s = _subnets[subnet];
        if (s.owner == address(0)) revert UnknownSubnet(subnet);
        return (s.owner, s.locked, s.registrationPrice);
    }
}
