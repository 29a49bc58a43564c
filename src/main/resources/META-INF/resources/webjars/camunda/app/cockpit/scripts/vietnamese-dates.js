/*
 * Vietnamese dates in Camunda Cockpit (vn.tdkt, docs/development.md "Giao diện tiếng Việt").
 *
 * Camunda 7.24 applies config.js dateFormat in Tasklist only: Cockpit hard-codes its own formats (normal 'YYYY-MM-DD[T]HH:mm:ss', an ISO time).
 * config.js loads this file as a custom script (customScripts) before the app starts; it adds a configuration
 * block to the app's Angular module 'cam.cockpit' that runs after the built-in one and sets the formats of
 * config.js dateFormat (DD/MM/YYYY HH:mm), so that the camDate filter shows them.
 */
const dateFormat = (window.camCockpitConf && window.camCockpitConf.dateFormat) || {};

window.angular.module('cam.cockpit').config(['camDateFormatProvider', function (camDateFormatProvider) {
  Object.keys(dateFormat).forEach(function (name) {
    camDateFormatProvider.setDateFormat(dateFormat[name], name);
  });
}]);

// a custom script's default export is a list of frontend plugins: this one adds none
export default [];
