package org.elasticsearch.plugins;

import org.elasticsearch.Version;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.jdk.ModuleQualifiedExportsService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A plugins service that takes its plugins from the classpath instead of a plugins directory.
 *
 * <p>It lives in {@code org.elasticsearch.plugins} because {@code loadPlugin}, {@code loadExtensions} and
 * {@code LoadedPlugin} are package-private. The node runs from a plain classpath, not as named modules, so
 * the module-export bookkeeping of the real service is skipped.
 */
public class ClasspathPluginsService extends PluginsService {
    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Settings settings, Path configDir, Collection<Class<? extends Plugin>> pluginClasses) {
        super(settings, configDir, null, null);
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin plugin = loadPlugin(pluginClass, settings, configDir);
            PluginDescriptor descriptor = new PluginDescriptor(
                pluginClass.getName(),
                "loaded from the classpath by the factcheck search node",
                "NA",
                Version.CURRENT.toString(),
                "17",
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false
            );
            loaded.add(new LoadedPlugin(descriptor, plugin, pluginClass.getClassLoader(), ModuleLayer.boot()));
        }
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        // The parent constructor may ask before our list exists.
        return classpathPlugins == null ? List.of() : classpathPlugins;
    }

    @Override
    protected void addServerExportsService(Map<String, List<ModuleQualifiedExportsService>> qualifiedExports) {
        // The server is on the classpath, not a named module: there are no qualified exports to wire.
    }
}
